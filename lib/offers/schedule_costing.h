// Costing an offer the way bargaining teams cost one on a salary schedule
// (SPEC.md, "Salary schedules and costing"): each year's schedule, step
// movement, roll-up, bonuses and benefits, as costs over the base year; and
// what the offer means for each member, by lane and starting step.
//
// What it must get right:
// - Exactness. Every figure is an exact fraction of cents (core/exact.h),
//   rounded half away from zero once, when it is published. A new year's
//   schedule is rounded as the contract prints it (to the cent or the
//   dollar), because members are paid from the printed schedule.
// - Tables add up. A year's total is the sum of its rounded parts, and the
//   schedule increase is the wages less the steps, so no reader finds a
//   table a cent off.
// - The members' table agrees with the cost: the sum over cells of FTE x a
//   member's pay increase is the wage cost, exactly before rounding.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/schedule.h"
#include "core/diagnostic.h"
#include "core/exact.h"

namespace bargain {

// One contract year's cost over the base year (year 0), in cents.
struct YearCost {
    long long schedule_cents = 0;  // the raises (wages less steps)
    long long steps_cents = 0;     // step movement alone, on the expiring schedule
    long long wages_cents = 0;
    long long rollup_cents = 0;
    long long bonus_cents = 0;     // this year's bonus, rolled up when pensionable
    long long benefits_cents = 0;  // the employer's benefit cost over the base year's
    long long total_cents = 0;     // wages + rollup + bonus + benefits
    long long percent_of_base = 0;  // total / the base wage bill, in 1/kWageScale percent
};

// The first day of each contract year, year 1 first, and the day after the
// last: an offer of n years needs n + 1 days.
std::vector<Date> contract_year_starts(Date first, std::size_t years);

// The day contract year 1 starts: `year_starts` on or after the day after
// the contract expires, else that day itself. None when the contract's
// expiry is not known.
std::optional<Date> first_contract_year(const CampaignInfo& info, const CostingTerms& terms);

struct ScheduleCost {
    const SalarySchedule* schedule = nullptr;
    long long base_cents = 0;      // the base year's wage bill, W0
    std::vector<YearCost> years;   // contract year 1 first
    YearCost term;                 // the years' figures summed (percent_of_base: of the sum)
    // Each year's schedule as printed, year 0 (the expiring one) first:
    // printed[year][step][lane], cents.
    std::vector<std::vector<std::vector<long long>>> printed;
    bool benefits = false;  // the campaign costs benefits, so members' premiums are shown
};

// One starting cell of the members' table: a member there today, year by
// year under the offer.
struct MemberPay {
    std::size_t lane = 0, step = 0;  // where the member starts (step from 0)
    long long fte = 0;               // how many stand there, 1/kFteScale
    std::vector<Rational> pay;       // annual pay, year 0 first (exact: an effective date splits a year)
    std::vector<long long> pay_cents;  // the same, rounded for the table
    long long gain_cents = 0;          // the last year's pay less today's
    // The member's own share of benefits in the last year less today's:
    // positive when the member pays more.
    long long premium_change_cents = 0;
};

struct ScheduleCosting {
    std::optional<ScheduleCost> cost;
    std::vector<MemberPay> members;  // every cell of the schedule, by lane then step
    std::vector<Diagnostic> problems;
};

// The cost of `offer` for the units on `schedule`. `year1` is the first
// contract year's first day (first_contract_year()); needed only for an
// effective date. Problems (an effective date outside its year, or with no
// contract years known; a figure past $100 trillion) are located at the
// offer in `file`.
ScheduleCosting cost_schedule(const SalarySchedule& schedule, const CostingTerms& terms, const Offer& offer,
                              std::optional<Date> year1, const std::string& file);

}  // namespace bargain
