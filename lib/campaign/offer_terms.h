// An offer's raises as the campaign writes them and a team reads them:
// "1.5" (percent) or "$1,000" (a flat amount per member). Shared by the
// costing, its report and the calendar's description of an offer, so that
// every output writes an offer's terms the same way.
#pragma once

#include <cstddef>
#include <string>

#include "campaign/campaign.h"

namespace bargain {

// Whether year `year` (from 0) of `o` is a flat amount rather than a percentage.
inline bool is_flat_raise(const Offer& o, std::size_t year) {
    return !o.flat_cents.empty() && o.flat_cents[year] != 0;
}
// A flat raise as a team writes it: "$1,000", with cents only when there are some.
std::string flat_amount_text(long long cents);
// A percentage in 1/kWageScale percent, as the spec's JSON writes wages:
// "1.5", "2.0", "1.2345", "-0.25" (at least one decimal, no trailing zeros
// beyond it).
std::string wage_percent_text(long long v);
// Year `year` of `o` as the campaign file writes it: "1.5" or "$1,000".
std::string raise_text(const Offer& o, std::size_t year);

}  // namespace bargain
