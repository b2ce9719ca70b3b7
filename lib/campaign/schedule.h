// Salary schedules and the terms they are costed under, as the campaign
// writes them (SPEC.md, "Salary schedules and costing"): a unit's pay grid
// (lanes or classifications across, steps down), how many FTE stand in
// each cell, the employer costs that follow wages (roll-up), the benefits,
// and when contract years start. The costing itself is
// offers/schedule_costing.h.
//
// Every number is an integer in a fixed unit, parsed once at load: money in
// cents, FTE and hours in 1/kFteScale, percentages in 1/kWageScale percent
// (as offers' wages are), so nothing downstream parses or rounds again.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/datetime.h"

namespace bargain {

// FTE (and paid hours) to four decimals: 0.5, 12.75, 0.0625.
inline constexpr long long kFteScale = 10000;

enum class PayBasis { annual, hourly };
// How a new year's schedule is printed, so how each cell is rounded.
enum class ScheduleRounding { cent, dollar };

struct PlacementCell {
    std::size_t lane = 0;  // an index into SalarySchedule::lanes
    std::size_t step = 0;  // from 0 for step 1
    long long fte = 0;     // in 1/kFteScale
    long long line = 0, column = 0;  // where it was written (the campaign, or the placement CSV)
};

struct SalarySchedule {
    std::string id;
    std::vector<std::string> units;  // unit ids
    PayBasis pay = PayBasis::annual;
    long long hours = 0;  // hourly: paid hours per FTE per year, in 1/kFteScale
    // Where `hours:` was written on a schedule that pays annual salaries: it
    // costs nothing there, and `check` says so (0: not written).
    long long unused_hours_line = 0, unused_hours_column = 0;
    // The columns; one lane named "" when the schedule has none.
    std::vector<std::string> lanes;
    // The expiring contract's schedule: steps_cents[step][lane], step 1
    // first; every row has one cell per lane (the loader refuses a ragged
    // one). Annual pay, or pay per hour when hourly.
    std::vector<std::vector<long long>> steps_cents;
    ScheduleRounding rounding = ScheduleRounding::cent;
    std::vector<PlacementCell> placement;
    std::string placement_file;  // the CSV it was read from, resolved; "" when inline
    long long line = 0, column = 0;
};

// `rollup:` one employer cost that follows wages.
struct RollupRate {
    std::string name;
    long long percent = 0;  // in 1/kWageScale percent
};

// `benefits:` one benefit the employer pays part of, per FTE.
struct Benefit {
    std::string name;
    long long per_fte_cents = 0;
    long long employer_percent = 0;  // under the expiring contract, in 1/kWageScale percent
};

struct CostingTerms {
    // Contract years start on this day of the year; by default the day
    // after the contract expires.
    std::optional<std::chrono::month_day> year_starts;
    std::vector<RollupRate> rollup;
    std::vector<Benefit> benefits;
};

// An offer's terms for step movement, effective dates, bonuses and the
// employer's share of benefits, per contract year (Offer::schedule_terms).
enum class StepMovement { move, freeze };

struct Bonus {
    std::size_t year = 0;  // from 0 for contract year 1
    long long per_fte_cents = 0;
    bool pensionable = false;  // rolled up like wages
};

struct OfferScheduleTerms {
    std::vector<StepMovement> steps;           // per year; a year not given moves
    std::vector<std::optional<Date>> effective;  // per year; none: from the year's first day
    std::vector<Bonus> bonuses;
    std::vector<long long> employer_percent;   // per year, 1/kWageScale percent; a year not given keeps the benefit's own
};

}  // namespace bargain
