// What each built-in notice template needs from the campaign to write
// whole sentences, and what a draft shows where a value is missing.
//
// Mustache leaves a hole where a value is empty, and a hole in a letter to
// the employer reads "To :" or "served ... on , by:". So each built-in
// names here what it cannot do without. A notice missing any of it is
// refused, with one message per missing value naming the key and where to
// add it; or, as a draft, rendered with a visible placeholder such as
// [EMPLOYER ADDRESS] in its place. What a built-in can leave out whole (a
// dateline, a WHY, a strike date "to be announced") is not needed: the
// template says it another way.
//
// What it must get right: this table and the templates agree. A test
// renders every built-in for a campaign that gives almost nothing, as a
// draft, and finds no hole; and without --draft each hole is refused.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/campaign.h"
#include "core/diagnostic.h"

namespace bargain {

struct MissingValue {
    // At the event the notice is for (a unit's own entry for its name),
    // naming the key and where it goes: "the intent-to-strike letter for
    // 'intent-notice' needs the employer's address: add `employer_address:`
    // under `campaign:`".
    Diagnostic problem;
    std::string placeholder;  // what a draft shows instead: "[EMPLOYER ADDRESS]"
    // Puts the placeholder where the value belongs, in a copy of the
    // campaign and its event.
    std::function<void(Campaign&, Event&)> fill;
};

// The values the built-in template `builtin` needs for `event` that the
// campaign does not give, in the order the notice would use them; empty
// for a name that is not a built-in's.
std::vector<MissingValue> missing_values(std::string_view builtin, const Campaign& campaign, const Event& event,
                                         const std::string& file);

}  // namespace bargain
