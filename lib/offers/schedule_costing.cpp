// The arithmetic of SPEC.md's "Salary schedules and costing", in the order
// it gives it: schedules, then placement, then wage bills, then each cost.
#include "offers/schedule_costing.h"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/offer_terms.h"

namespace bargain {

namespace {

constexpr long long kMillion = 1000000;  // a raise in 1/kWageScale percent is millionths
constexpr long long kHundredPercent = 100 * kWageScale;
constexpr long long kMaxCents = 10'000'000'000'000'000LL;  // $100 trillion: past it, a typo

using Grid = std::vector<std::vector<long long>>;   // [step][lane], cents
using Fte = std::vector<std::vector<long long>>;    // [step][lane], 1/kFteScale

// Year k's printed schedule from year k-1's: each cell raised, then
// rounded as the contract prints it. Nothing when a cell passes
// kMaxCents (a raise compounded past any real pay).
std::optional<Grid> raised(const Grid& before, const Offer& o, std::size_t year, ScheduleRounding rounding) {
    Grid out = before;
    for (auto& row : out)
        for (long long& cell : row) {
            Rational pay = cell;
            if (is_flat_raise(o, year)) pay += o.flat_cents[year];
            else pay *= Rational(kMillion + o.wages[year], kMillion);
            auto v = rounding == ScheduleRounding::dollar ? rounded(pay / 100) : rounded(pay);
            if (!v || *v > kMaxCents / 100 || *v < -kMaxCents / 100) return std::nullopt;
            cell = rounding == ScheduleRounding::dollar ? *v * 100 : *v;
        }
    return out;
}

// Year k's placement from year k-1's: a step up for everyone but the top
// step when the offer moves steps that year.
Fte moved(const Fte& before, StepMovement movement) {
    if (movement == StepMovement::freeze) return before;
    Fte out(before.size(), std::vector<long long>(before.empty() ? 0 : before.front().size(), 0));
    for (std::size_t s = 0; s < before.size(); ++s)
        for (std::size_t l = 0; l < before[s].size(); ++l) out[std::min(s + 1, before.size() - 1)][l] += before[s][l];
    return out;
}

// A cell's pay for a year: annual, or per hour times the paid hours.
Rational annual(const SalarySchedule& s, long long cell_cents) {
    Rational pay = cell_cents;
    if (s.pay == PayBasis::hourly) pay *= Rational(s.hours, kFteScale);
    return pay;
}

// The wage bill W(S, P): every FTE at its cell's annual pay.
Rational wage_bill(const SalarySchedule& s, const Grid& schedule, const Fte& placement) {
    Rational bill;
    for (std::size_t step = 0; step < placement.size(); ++step)
        for (std::size_t lane = 0; lane < placement[step].size(); ++lane)
            if (placement[step][lane] != 0)
                bill += annual(s, schedule[step][lane]) * Rational(placement[step][lane], kFteScale);
    return bill;
}

long long total_fte(const SalarySchedule& s) {
    long long fte = 0;
    for (const PlacementCell& c : s.placement) fte += c.fte;
    return fte;
}

StepMovement movement(const Offer& o, std::size_t year) {
    const auto& steps = o.schedule_terms.steps;
    return year < steps.size() ? steps[year] : StepMovement::move;
}

// The employer's share of benefits in a year: the offer's, else each
// benefit's own (year "none" is the base year).
Rational benefit_share(const Offer& o, std::optional<std::size_t> year, const Benefit& b) {
    const auto& shares = o.schedule_terms.employer_percent;
    long long percent = year && *year < shares.size() ? shares[*year] : b.employer_percent;
    return Rational(percent, kHundredPercent);
}

// What the employer pays for benefits in a year, for `fte` FTE.
Rational employer_benefits(const CostingTerms& terms, const Offer& o, std::optional<std::size_t> year, long long fte) {
    Rational cost;
    for (const Benefit& b : terms.benefits)
        cost += Rational(b.per_fte_cents) * Rational(fte, kFteScale) * benefit_share(o, year, b);
    return cost;
}

Rational rollup_rate(const CostingTerms& terms) {
    Rational rate;
    for (const RollupRate& r : terms.rollup) rate += Rational(r.percent, kHundredPercent);
    return rate;
}

// The part of a contract year before its raise takes effect, paid on the
// year before's schedule: 0 when the raise is in force from the first day.
struct YearSplit {
    Rational before = 0;
};

class Costing {
public:
    Costing(const SalarySchedule& s, const Offer& o, std::optional<Date> year1, const std::string& file,
            std::vector<Diagnostic>& problems)
        : s_(s), o_(o), year1_(year1), file_(file), problems_(problems) {}

    std::optional<YearSplit> split(std::size_t year) {
        const auto& effective = o_.schedule_terms.effective;
        if (year >= effective.size() || !effective[year]) return YearSplit{};
        if (!year1_) {
            problem(fmt::format("offer '{}' has its year {} raise take effect on {}, but the contract years are not "
                                "known: give the campaign's contract_expires (the years start the day after it, or on "
                                "costing: year_starts after it)",
                                o_.id, year + 1, format_date(*effective[year])));
            return std::nullopt;
        }
        std::vector<Date> starts = contract_year_starts(*year1_, o_.wages.size());
        Date from = starts[year], to = starts[year + 1], at = *effective[year];
        if (at < from || at >= to) {
            problem(fmt::format("offer '{}' has its year {} raise take effect on {}, outside contract year {} ({} to {})",
                                o_.id, year + 1, format_date(at), year + 1, format_date(from),
                                format_date(to - std::chrono::days(1))));
            return std::nullopt;
        }
        return YearSplit{Rational((at - from).count(), (to - from).count())};
    }

    std::optional<long long> cents(const Rational& x) {
        auto v = rounded(x);
        if (v && *v <= kMaxCents && *v >= -kMaxCents) return v;
        problem("the cost of offer '" + o_.id + "' on schedule '" + s_.id +
                "' is more than $100 trillion; check its wages and the schedule");
        return std::nullopt;
    }

    void problem(std::string message) {
        problems_.push_back(Diagnostic{file_, o_.where.line, o_.where.column, std::move(message)});
    }

private:
    const SalarySchedule& s_;
    const Offer& o_;
    std::optional<Date> year1_;
    const std::string& file_;
    std::vector<Diagnostic>& problems_;
};

}  // namespace

std::vector<Date> contract_year_starts(Date first, std::size_t years) {
    std::vector<Date> out;
    std::chrono::year_month_day day(first);
    for (std::size_t k = 0; k <= years; ++k) {
        auto ymd = day + std::chrono::years(static_cast<int>(k));
        // February 29 in a year without one is March 1.
        out.push_back(ymd.ok() ? Date(ymd) : Date(ymd.year() / std::chrono::March / 1));
    }
    return out;
}

std::optional<Date> first_contract_year(const CampaignInfo& info, const CostingTerms& terms) {
    if (!info.contract_expires) return std::nullopt;
    Date after = *info.contract_expires + std::chrono::days(1);
    if (!terms.year_starts) return after;
    std::chrono::year_month_day a(after);
    for (int y = 0; y <= 1; ++y) {
        auto candidate = (a.year() + std::chrono::years(y)) / terms.year_starts->month() / terms.year_starts->day();
        Date d = candidate.ok() ? Date(candidate) : Date((a.year() + std::chrono::years(y)) / std::chrono::March / 1);
        if (d >= after) return d;
    }
    return std::nullopt;
}

ScheduleCosting cost_schedule(const SalarySchedule& s, const CostingTerms& terms, const Offer& o,
                              std::optional<Date> year1, const std::string& file) {
    ScheduleCosting out;
    Costing c(s, o, year1, file, out.problems);
    const std::size_t lanes = s.lanes.size(), steps = s.steps_cents.size(), years = o.wages.size();

    // A flat amount is added to each cell; on an hourly schedule that is an
    // amount an hour, which "$500" (a year's) never means.
    for (std::size_t k = 0; k < years; ++k)
        if (s.pay == PayBasis::hourly && is_flat_raise(o, k)) {
            c.problem(fmt::format("offer '{}' gives a flat {} in year {}, and schedule '{}' pays by the hour: a flat "
                                  "amount is added to each cell, so it would be {} an hour; give that year's raise as "
                                  "a percentage",
                                  o.id, flat_amount_text(o.flat_cents[k]), k + 1, s.id, flat_amount_text(o.flat_cents[k])));
            return out;
        }

    // Schedules and placements, year 0 first.
    std::vector<Grid> schedule{s.steps_cents};
    for (std::size_t k = 0; k < years; ++k) {
        auto next = raised(schedule.back(), o, k, s.rounding);
        if (!next) {
            c.problem("offer '" + o.id + "' raises a cell of schedule '" + s.id +
                      "' past $1 trillion by year " + std::to_string(k + 1) + "; check its wages");
            return out;
        }
        schedule.push_back(std::move(*next));
    }
    Fte start(steps, std::vector<long long>(lanes, 0));
    for (const PlacementCell& cell : s.placement) start[cell.step][cell.lane] += cell.fte;
    std::vector<Fte> placement{start};
    for (std::size_t k = 0; k < years; ++k) placement.push_back(moved(placement.back(), movement(o, k)));
    std::vector<YearSplit> splits;
    for (std::size_t k = 0; k < years; ++k) {
        auto split = c.split(k);
        if (!split) return out;
        splits.push_back(*split);
    }

    // W_k, with the part of the year before an effective date paid on the
    // year before's schedule (at this year's steps).
    auto bill = [&](std::size_t k) {
        Rational after = wage_bill(s, schedule[k], placement[k]);
        if (k == 0 || splits[k - 1].before == 0) return after;
        Rational before = wage_bill(s, schedule[k - 1], placement[k]);
        return before * splits[k - 1].before + after * (Rational(1) - splits[k - 1].before);
    };
    const Rational w0 = bill(0);
    const Rational rollup = rollup_rate(terms);
    const long long fte = total_fte(s);
    const Rational benefits0 = employer_benefits(terms, o, std::nullopt, fte);

    ScheduleCost cost;
    cost.schedule = &s;
    auto base = c.cents(w0);
    if (!base) return out;
    cost.base_cents = *base;
    cost.printed = schedule;
    cost.benefits = !terms.benefits.empty();
    // A share of the base: past what a long long holds only for a base of
    // a few cents, which is a typo too.
    bool too_large = false;
    auto percent = [&](long long cents) {
        if (w0 == 0) return 0LL;
        auto p = rounded(Rational(cents) * kHundredPercent / w0);
        too_large = too_large || !p;
        return p.value_or(0);
    };
    for (std::size_t k = 1; k <= years; ++k) {
        const Rational wages = bill(k) - w0;
        const Rational steps_alone = wage_bill(s, schedule[0], placement[k]) - wage_bill(s, schedule[0], placement[0]);
        Rational bonus;
        for (const Bonus& b : o.schedule_terms.bonuses)
            if (b.year + 1 == k) {
                Rational paid = Rational(b.per_fte_cents) * Rational(fte, kFteScale);
                bonus += b.pensionable ? paid * (Rational(1) + rollup) : paid;
            }
        const Rational benefits = employer_benefits(terms, o, k - 1, fte) - benefits0;
        YearCost y;
        auto wages_c = c.cents(wages), steps_c = c.cents(steps_alone), rollup_c = c.cents(wages * rollup),
             bonus_c = c.cents(bonus), benefits_c = c.cents(benefits);
        if (!wages_c || !steps_c || !rollup_c || !bonus_c || !benefits_c) return out;
        y.wages_cents = *wages_c;
        y.steps_cents = *steps_c;
        y.schedule_cents = y.wages_cents - y.steps_cents;
        y.rollup_cents = *rollup_c;
        y.bonus_cents = *bonus_c;
        y.benefits_cents = *benefits_c;
        y.total_cents = y.wages_cents + y.rollup_cents + y.bonus_cents + y.benefits_cents;
        y.percent_of_base = percent(y.total_cents);
        YearCost& t = cost.term;
        t.schedule_cents += y.schedule_cents;
        t.steps_cents += y.steps_cents;
        t.wages_cents += y.wages_cents;
        t.rollup_cents += y.rollup_cents;
        t.bonus_cents += y.bonus_cents;
        t.benefits_cents += y.benefits_cents;
        t.total_cents += y.total_cents;
        cost.years.push_back(y);
    }
    cost.term.percent_of_base = percent(cost.term.total_cents);
    if (too_large) {
        c.problem("offer '" + o.id + "' on schedule '" + s.id +
                  "' costs too many times its base wages to show as a percentage; check its wages and the "
                  "schedule's cells");
        return out;
    }

    // The members' table: a member in each cell today, moved as the
    // placement moves, paid as the wage bill pays.
    Rational premium0, premium_last;
    for (const Benefit& b : terms.benefits) {
        premium0 += Rational(b.per_fte_cents) * (Rational(1) - benefit_share(o, std::nullopt, b));
        premium_last += Rational(b.per_fte_cents) *
                        (Rational(1) - benefit_share(o, years == 0 ? std::nullopt : std::optional(years - 1), b));
    }
    for (std::size_t lane = 0; lane < lanes; ++lane)
        for (std::size_t step = 0; step < steps; ++step) {
            MemberPay m{lane, step, start[step][lane], {}, {}, 0, 0};
            std::size_t at = step;
            m.pay.push_back(annual(s, schedule[0][step][lane]));
            for (std::size_t k = 1; k <= years; ++k) {
                if (movement(o, k - 1) == StepMovement::move) at = std::min(at + 1, steps - 1);
                Rational after = annual(s, schedule[k][at][lane]);
                const Rational& before_share = splits[k - 1].before;
                m.pay.push_back(before_share == 0 ? after
                                                  : annual(s, schedule[k - 1][at][lane]) * before_share +
                                                        after * (Rational(1) - before_share));
            }
            // Every cell is within kMaxCents / 100 (raised() saw to it), and
            // an annual pay is at most that times 8,784 hours: no overflow.
            for (const Rational& p : m.pay) m.pay_cents.push_back(*rounded(p));
            m.gain_cents = m.pay_cents.back() - m.pay_cents.front();
            m.premium_change_cents = *rounded(premium_last - premium0);
            out.members.push_back(std::move(m));
        }
    out.cost = std::move(cost);
    return out;
}

}  // namespace bargain
