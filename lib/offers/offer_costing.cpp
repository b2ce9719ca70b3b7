// A raise r (in 1/kWageScale percent, which is millionths) multiplies pay by
// (10^6 + r) / 10^6; a flat amount a per member adds members x a (later
// percentages then raise the flat amount too, as they do on a pay scale).
// A unit's payroll after k years is kept as an exact fraction of cents, and
// the year's cost, that payroll less the starting one, is rounded once.
#include "offers/offer_costing.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/exact.h"
#include "text/ap_style.h"

namespace bargain {

namespace {

constexpr long long kMillion = 1000000;
// Every figure stays within $100 trillion, so sums of them over every year
// of a term and gaps between such sums can never overflow; anything larger
// is a typo anyway.
constexpr long long kMaxCents = 10'000'000'000'000'000LL;

// `x` rounded half away from zero; none when it is beyond kMaxCents.
std::optional<long long> rounded_within_limit(const Rational& x) {
    auto v = rounded(x);
    if (!v || *v > kMaxCents || *v < -kMaxCents) return std::nullopt;
    return v;
}

// Adds `b` into `a` year by year; false when a sum passes kMaxCents.
bool add_into(UnitCost& a, const UnitCost& b) {
    if (a.per_year_cents.size() < b.per_year_cents.size()) a.per_year_cents.resize(b.per_year_cents.size(), 0);
    for (size_t k = 0; k < b.per_year_cents.size(); ++k) {
        a.per_year_cents[k] += b.per_year_cents[k];
        if (a.per_year_cents[k] > kMaxCents || a.per_year_cents[k] < -kMaxCents) return false;
    }
    a.total_cents += b.total_cents;
    return a.total_cents <= kMaxCents && a.total_cents >= -kMaxCents;
}

// The schedule a unit is on, if any.
const SalarySchedule* schedule_of(const Campaign& c, const std::string& unit) {
    for (const SalarySchedule& s : c.schedules)
        for (const std::string& u : s.units)
            if (u == unit) return &s;
    return nullptr;
}

class Costing {
public:
    Costing(const Campaign& c, std::string file, std::vector<Diagnostic>& problems)
        : c_(c), file_(std::move(file)), problems_(problems) {}

    void problem(Where at, std::string message) {
        problems_.push_back(Diagnostic{file_, at.line, at.column, std::move(message)});
    }

    // Whether `o` and the units hold what costing it needs; says why not.
    bool costable(const Offer& o, bool schedules_only) {
        size_t before = problems_.size();
        if (o.wages.empty()) {
            problem(o.where, "offer '" + o.id +
                                 "' has no wages to cost: give its raise for each contract year, like wages: [1.5, 2.0, 2.0]");
            return false;
        }
        if (o.wages.size() > kMaxContractYears)
            problem(o.where, fmt::format("offer '{}' has {} contract years of wages; at most {} can be costed", o.id,
                                         o.wages.size(), kMaxContractYears));
        for (size_t k = 0; k < o.wages.size(); ++k) {
            if (o.wages[k] <= -100 * kWageScale)
                problem(o.where, fmt::format("offer '{}' cuts wages by 100% or more in year {}", o.id, k + 1));
            else if (o.wages[k] > kMaxRaise)
                problem(o.where, fmt::format("offer '{}' raises wages by more than {}% in year {}; is it a typo?", o.id,
                                             kMaxRaise / kWageScale, k + 1));
        }
        for (size_t k = 0; k < o.wages.size(); ++k) {
            if (!is_flat_raise(o, k)) continue;
            for (const Unit& u : c_.units)
                if (!u.members && !schedule_of(c_, u.id) && !schedules_only)  // a schedule's FTE come from its placement
                    problem(u.where, fmt::format("unit '{}' has no members: offer '{}' gives a flat {} per member in "
                                                 "year {}, so costing it needs the unit's head count, like members: 180",
                                                 u.id, o.id, flat_amount_text(o.flat_cents[k]), k + 1));
            break;  // one message per unit is enough
        }
        return problems_.size() == before;
    }

    std::optional<UnitCost> unit_cost(const Offer& o, const Unit& u) {
        UnitCost cost{u.id, {}, 0, std::nullopt, {}};
        const Rational payroll = *u.payroll_cents;
        Rational pay = payroll;
        for (size_t k = 0; k < o.wages.size(); ++k) {
            if (is_flat_raise(o, k)) pay += Rational(*u.members) * o.flat_cents[k];
            else pay *= Rational(kMillion + o.wages[k], kMillion);
            auto year = rounded_within_limit(pay - payroll);
            if (!year) return too_large(o, u);
            cost.per_year_cents.push_back(*year);
            cost.total_cents += *year;
            if (cost.total_cents > kMaxCents || cost.total_cents < -kMaxCents) return too_large(o, u);
        }
        return cost;
    }

private:
    std::nullopt_t too_large(const Offer& o, const Unit& u) {
        problem(o.where, "the cost of offer '" + o.id + "' for unit '" + u.id +
                             "' is more than $100 trillion; check its wages and the unit's payroll");
        return std::nullopt;
    }

    const Campaign& c_;
    std::string file_;
    std::vector<Diagnostic>& problems_;
};

// The compounded increase after each year, in 1/kWageScale percent.
std::vector<long long> compounded_by_year(const Offer& o) {
    std::vector<long long> out;
    Rational factor = 1;
    for (size_t k = 0; k < o.wages.size(); ++k) {
        factor *= Rational(kMillion + o.wages[k], kMillion);
        // In millionths, which are 1/kWageScale percent. 1000% a year for
        // 50 years would not fit: stop, and the caller says so.
        auto p = rounded_within_limit((factor - 1) * kMillion);
        if (!p) break;
        out.push_back(*p);
    }
    return out;
}

// A schedule's cost as a unit's: the years' totals, and the parts kept.
std::optional<UnitCost> schedule_unit_cost(const Campaign& c, const SalarySchedule& s, const Offer& o,
                                           std::optional<Date> year1, const std::string& file,
                                           std::vector<Diagnostic>& problems) {
    ScheduleCosting sc = cost_schedule(s, c.costing, o, year1, file);
    problems.insert(problems.end(), sc.problems.begin(), sc.problems.end());
    if (!sc.cost) return std::nullopt;
    UnitCost out;
    for (const std::string& u : s.units) out.unit += (out.unit.empty() ? "" : "+") + u;
    for (const YearCost& y : sc.cost->years) out.per_year_cents.push_back(y.total_cents);
    out.total_cents = sc.cost->term.total_cents;
    out.schedule = std::move(sc.cost);
    out.members = std::move(sc.members);
    return out;
}

}  // namespace

OfferCosting cost_offers(const Campaign& campaign, const std::vector<const Offer*>& offers, const std::string& file,
                         CostedUnits only) {
    const bool schedules_only = only == CostedUnits::schedules;
    OfferCosting out;
    Costing costing(campaign, file, out.problems);
    if (!offers.empty() && campaign.units.empty())
        costing.problem(Where{}, "no units to cost the offers against: list them with their payroll, like units: "
                                 "[{id: local-1, payroll: 9450000.00}]");
    // Units with only a head count (for votes) are fine until there is an
    // offer to cost.
    for (const Unit& u : offers.empty() ? std::vector<Unit>{} : campaign.units)
        if (!u.payroll_cents && !schedule_of(campaign, u.id) && !schedules_only)
            costing.problem(u.where, "unit '" + u.id +
                                         "' has no payroll or salary schedule to cost offers against: give its annual "
                                         "base payroll, like payroll: 9450000.00, or list it in the units of one of schedules:");
    for (const Offer* o : offers) costing.costable(*o, schedules_only);
    if (!out.problems.empty()) return out;

    for (const Offer* o : offers) {
        OfferCost oc;
        oc.offer = o;
        oc.all.per_year_cents.assign(o->wages.size(), 0);
        if (o->flat_cents.empty()) {  // holds amounts only when some year is flat
            oc.compounded_by_year = compounded_by_year(*o);
            if (oc.compounded_by_year.size() == o->wages.size()) oc.compounded = oc.compounded_by_year.back();
            else costing.problem(o->where, "offer '" + o->id + "' compounds to an increase too large to show");
        }
        const std::optional<Date> year1 = first_contract_year(campaign.info, campaign.costing);
        for (const Unit& u : campaign.units) {
            std::optional<UnitCost> cost;
            if (const SalarySchedule* s = schedule_of(campaign, u.id)) {
                if (s->units.empty() || s->units.front() != u.id) continue;  // costed with its schedule's first unit
                cost = schedule_unit_cost(campaign, *s, *o, year1, file, out.problems);
            } else if (schedules_only) {
                continue;
            } else {
                cost = costing.unit_cost(*o, u);
            }
            if (!cost) break;
            if (!add_into(oc.all, *cost)) {
                costing.problem(o->where, "the cost of offer '" + o->id +
                                              "' for all units is more than $100 trillion; check its wages and the "
                                              "units' payroll");
                break;
            }
            oc.units.push_back(std::move(*cost));
        }
        out.offers.push_back(std::move(oc));
    }
    if (!out.problems.empty()) out.offers.clear();
    return out;
}

namespace {

// The gap in each part of a schedule's cost, year by year over the years
// both offers cover, and over those years; each the difference of the two
// figures shown.
ScheduleCost schedule_gap(const ScheduleCost& from, const ScheduleCost& to, std::size_t years) {
    ScheduleCost g;
    g.schedule = to.schedule;
    g.base_cents = to.base_cents;
    g.benefits = to.benefits;
    auto minus = [](const YearCost& b, const YearCost& a) {
        return YearCost{b.schedule_cents - a.schedule_cents, b.steps_cents - a.steps_cents,
                        b.wages_cents - a.wages_cents,       b.rollup_cents - a.rollup_cents,
                        b.bonus_cents - a.bonus_cents,       b.benefits_cents - a.benefits_cents,
                        b.total_cents - a.total_cents,       b.percent_of_base - a.percent_of_base};
    };
    YearCost from_term, to_term;
    for (std::size_t k = 0; k < years; ++k) {
        g.years.push_back(minus(to.years[k], from.years[k]));
        for (auto [term, y] : {std::pair{&from_term, &from.years[k]}, std::pair{&to_term, &to.years[k]}}) {
            term->schedule_cents += y->schedule_cents;
            term->steps_cents += y->steps_cents;
            term->wages_cents += y->wages_cents;
            term->rollup_cents += y->rollup_cents;
            term->bonus_cents += y->bonus_cents;
            term->benefits_cents += y->benefits_cents;
            term->total_cents += y->total_cents;
        }
    }
    g.term = minus(to_term, from_term);
    g.term.percent_of_base = 0;  // a gap of sums; its share of the base is not a difference of two shown figures
    if (to.base_cents != 0)
        g.term.percent_of_base = rounded(Rational(g.term.total_cents) * (100 * kWageScale) / to.base_cents).value_or(0);
    return g;
}

}  // namespace

OfferComparison compare_offers(const OfferCost& from, const OfferCost& to) {
    OfferComparison c;
    c.from = &from;
    c.to = &to;
    const Offer& a = *from.offer;
    const Offer& b = *to.offer;
    c.years = std::min(a.wages.size(), b.wages.size());
    for (size_t k = 0; k < c.years; ++k) {
        if (is_flat_raise(a, k) || is_flat_raise(b, k)) c.raise_points.push_back(std::nullopt);
        else c.raise_points.push_back(b.wages[k] - a.wages[k]);
    }
    if (c.years > 0 && from.compounded_by_year.size() >= c.years && to.compounded_by_year.size() >= c.years) {
        c.from_compounded = from.compounded_by_year[c.years - 1];
        c.to_compounded = to.compounded_by_year[c.years - 1];
        c.compounded_points = *c.to_compounded - *c.from_compounded;
    }
    // Over the common years only; figures are within kMaxCents, so their
    // sums over at most kMaxContractYears years and their gaps fit.
    auto cut = [&](const UnitCost& u) {
        UnitCost out{u.unit, {u.per_year_cents.begin(), u.per_year_cents.begin() + static_cast<long>(c.years)}, 0,
                     u.schedule, {}};
        for (long long y : out.per_year_cents) out.total_cents += y;
        return out;
    };
    auto gap = [&](const UnitCost& x, const UnitCost& y) {
        UnitCost g{x.unit, {}, y.total_cents - x.total_cents, std::nullopt, {}};
        for (size_t k = 0; k < c.years; ++k) g.per_year_cents.push_back(y.per_year_cents[k] - x.per_year_cents[k]);
        if (x.schedule && y.schedule) g.schedule = schedule_gap(*x.schedule, *y.schedule, c.years);
        return g;
    };
    c.from_all = cut(from.all);
    c.to_all = cut(to.all);
    c.all = gap(c.from_all, c.to_all);
    for (size_t i = 0; i < from.units.size() && i < to.units.size(); ++i)
        c.units.push_back(gap(cut(from.units[i]), cut(to.units[i])));
    return c;
}

}  // namespace bargain
