// Costing wage offers: what each offer's raises cost, year by year, against
// each unit's annual base payroll; and the gap between two offers. This is
// the arithmetic bargaining teams do in spreadsheets, done exactly.
//
// What it must get right: money is integer cents, and a unit's cost in
// year k is payroll x ((1+r1)(1+r2)...(1+rk) - 1) computed exactly
// (core/exact.h) and rounded half away from zero once, so the spec's example
// holds to the cent and no year's figure depends on the years before it
// having been rounded. Missing data (an offer without wages, a unit without
// payroll) is a located problem, never a silent zero.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/offer_terms.h"
#include "core/diagnostic.h"
#include "offers/schedule_costing.h"

namespace bargain {

// Bounds that keep an offer sane; beyond them the input is a typo.
inline constexpr size_t kMaxContractYears = 50;
inline constexpr long long kMaxRaise = 1000 * kWageScale;  // 1000%


// One unit's (or all units') cost of an offer.
struct UnitCost {
    std::string unit;                     // the unit's id ("a+b" for a schedule of several units)
    std::vector<long long> per_year_cents;  // the raises' cost in each contract year
    long long total_cents = 0;
    // Costed from a salary schedule: each year's parts (per_year_cents holds
    // their totals), the term's, and the members' table.
    std::optional<ScheduleCost> schedule;
    std::vector<MemberPay> members;
};

struct OfferCost {
    const Offer* offer = nullptr;  // id, side, label, wages, flat amounts
    // The increase over the term, compounded, in 1/kWageScale percent
    // (rounded to four decimals); by year, and over the whole term. None
    // when a year's raise is a flat amount: the percentage then depends on
    // each unit's pay.
    std::vector<long long> compounded_by_year;
    std::optional<long long> compounded;
    std::vector<UnitCost> units;  // in the campaign's order
    UnitCost all;                 // the units summed, unit ""
};

struct OfferCosting {
    std::vector<OfferCost> offers;
    std::vector<Diagnostic> problems;  // `offers` is complete only when this is empty
};

// Costs `offers` (each an offer of `campaign`) against every unit's payroll,
// or for the units on a salary schedule, against the schedule (one cost for
// all of a schedule's units). `file` names the campaign in diagnostics.
// `only` schedules: the units on a salary schedule alone (the members'
// table), so a unit with neither a payroll nor a schedule (kept for votes)
// is no problem.
enum class CostedUnits { all, schedules };
OfferCosting cost_offers(const Campaign& campaign, const std::vector<const Offer*>& offers,
                         const std::string& file, CostedUnits only = CostedUnits::all);

// The gap from one offer to another (`to` minus `from`), over the contract
// years both cover. Every gap is the difference of the figures shown for
// the two offers, so a reader can check it by subtraction.
struct OfferComparison {
    const OfferCost* from = nullptr;
    const OfferCost* to = nullptr;
    size_t years = 0;
    // Per year, the difference in that year's raise, in 1/kWageScale
    // percentage points; none for a year either offer gives as a flat amount.
    std::vector<std::optional<long long>> raise_points;
    // The difference in the compounded increase over those years.
    std::optional<long long> compounded_points;
    std::vector<UnitCost> units;
    UnitCost all;
    // Each offer's figures over those years (a longer offer is cut short).
    std::optional<long long> from_compounded, to_compounded;
    UnitCost from_all, to_all;
};

OfferComparison compare_offers(const OfferCost& from, const OfferCost& to);

}  // namespace bargain
