// Costing an offer on a salary schedule: the anchors SPEC.md and issue 14
// fix, and the rounding boundaries.
#include <doctest/doctest.h>

#include "offers/schedule_costing.h"

using namespace bargain;

namespace {

// A schedule of `rows` (each a row of cents, one per lane) with `fte` FTE
// in each cell, in 1/kFteScale.
SalarySchedule schedule(std::vector<std::vector<long long>> rows, std::vector<std::vector<long long>> fte) {
    SalarySchedule s;
    s.id = "grid";
    for (std::size_t l = 0; l < rows.front().size(); ++l) s.lanes.push_back(rows.front().size() == 1 ? "" : "L" + std::to_string(l));
    s.steps_cents = std::move(rows);
    for (std::size_t step = 0; step < fte.size(); ++step)
        for (std::size_t lane = 0; lane < fte[step].size(); ++lane)
            if (fte[step][lane] != 0) s.placement.push_back({lane, step, fte[step][lane], 0, 0});
    return s;
}

Offer offer(std::vector<long long> wages_percent_scaled) {
    Offer o;
    o.id = "lbo";
    o.wages = std::move(wages_percent_scaled);
    return o;
}

constexpr long long kPercent = kWageScale;  // one percent
constexpr long long kOneFte = kFteScale;

ScheduleCost cost(const SalarySchedule& s, const CostingTerms& t, const Offer& o, std::optional<Date> year1 = {}) {
    ScheduleCosting c = cost_schedule(s, t, o, year1, "campaign.yaml");
    REQUIRE_MESSAGE(c.problems.empty(), (c.problems.empty() ? "" : c.problems.front().located()));
    REQUIRE(c.cost);
    return *c.cost;
}

Date day(int y, unsigned m, unsigned d) { return Date(std::chrono::year(y) / std::chrono::month(m) / std::chrono::day(d)); }

}  // namespace

TEST_CASE("a $1,000,000 wage bill with 3% a year costs 30,000, 60,900 and 92,727, and with 17.15% roll-up 35,145, 71,344.35 and 108,629.68") {
    SalarySchedule s = schedule({{100'000'000}}, {{kOneFte}});
    CostingTerms t;
    t.rollup = {{"Social Security", 620 * 100}, {"Medicare", 145 * 100}, {"Pension", 950 * 100}};  // 17.15%
    ScheduleCost c = cost(s, t, offer({3 * kPercent, 3 * kPercent, 3 * kPercent}));
    REQUIRE(c.years.size() == 3);
    CHECK(c.base_cents == 100'000'000);
    CHECK(c.years[0].wages_cents == 3'000'000);
    CHECK(c.years[1].wages_cents == 6'090'000);
    CHECK(c.years[2].wages_cents == 9'272'700);
    CHECK(c.years[0].total_cents == 3'514'500);
    CHECK(c.years[1].total_cents == 7'134'435);
    CHECK(c.years[2].total_cents == 10'862'968);
    // The term's totals are the sums of the years' rounded parts.
    CHECK(c.term.total_cents == 3'514'500 + 7'134'435 + 10'862'968);
    CHECK(c.years[0].percent_of_base == 35145);  // 3.5145%
    CHECK(c.years[0].steps_cents == 0);
    CHECK(c.years[0].schedule_cents == 3'000'000);
}

TEST_CASE("step movement alone costs each step's FTE times the next step's difference; the top step stays, a frozen year costs nothing") {
    // Three steps, two lanes: 40,000 / 42,000 / 45,000 and 44,000 / 46,500 / 50,000.
    SalarySchedule s = schedule({{4'000'000, 4'400'000}, {4'200'000, 4'650'000}, {4'500'000, 5'000'000}},
                                {{10 * kOneFte, 4 * kOneFte}, {5 * kOneFte, kOneFte / 2}, {3 * kOneFte, 2 * kOneFte}});
    ScheduleCost moving = cost(s, {}, offer({0, 0}));
    // Year 1: 10 x 2,000 + 5 x 3,000 + 4 x 2,500 + 0.5 x 3,500 = 46,750.00
    CHECK(moving.years[0].steps_cents == 4'675'000);
    CHECK(moving.years[0].wages_cents == 4'675'000);
    CHECK(moving.years[0].schedule_cents == 0);
    // Year 2 over the base: everyone below the top is two steps up, or at the top.
    // 10 x 5,000 + 5 x 3,000 + 4 x 6,000 + 0.5 x 3,500 = 90,750.00
    CHECK(moving.years[1].steps_cents == 9'075'000);

    Offer frozen = offer({0, 0});
    frozen.schedule_terms.steps = {StepMovement::freeze, StepMovement::move};
    ScheduleCost f = cost(s, {}, frozen);
    CHECK(f.years[0].steps_cents == 0);
    CHECK(f.years[0].total_cents == 0);
    CHECK(f.years[1].steps_cents == 4'675'000);
}

TEST_CASE("a 6% raise effective halfway through the contract year costs 3% that year and 6% the next") {
    SalarySchedule s = schedule({{5'000'000}}, {{100 * kOneFte}});
    Offer o = offer({6 * kPercent, 0});
    // 2027-07-01 to 2028-06-30 has 366 days; the raise starts on day 184.
    o.schedule_terms.effective = {day(2027, 12, 31), std::nullopt};
    ScheduleCost c = cost(s, {}, o, day(2027, 7, 1));
    CHECK(c.base_cents == 500'000'000);
    CHECK(c.years[0].wages_cents == 15'000'000);  // 3%
    CHECK(c.years[1].wages_cents == 30'000'000);  // 6%
}

TEST_CASE("an effective date outside its contract year, or with no contract years, is refused at the offer") {
    SalarySchedule s = schedule({{5'000'000}}, {{kOneFte}});
    Offer o = offer({6 * kPercent});
    o.where = Where{12, 5};
    o.schedule_terms.effective = {day(2029, 1, 1)};
    ScheduleCosting outside = cost_schedule(s, {}, o, day(2027, 7, 1), "campaign.yaml");
    REQUIRE(outside.problems.size() == 1);
    CHECK(outside.problems[0].located() ==
          "campaign.yaml:12:5: offer 'lbo' has its year 1 raise take effect on 2029-01-01, outside contract year 1 "
          "(2027-07-01 to 2028-06-30)");
    ScheduleCosting unknown = cost_schedule(s, {}, o, std::nullopt, "campaign.yaml");
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems[0].message.find("the contract years are not known") != std::string::npos);
}

TEST_CASE("a $500 bonus to 100 FTE costs $50,000 once, not compounded, rolled up only when pensionable") {
    SalarySchedule s = schedule({{5'000'000}}, {{100 * kOneFte}});
    CostingTerms t;
    t.rollup = {{"Social Security", 620 * 100}};
    Offer o = offer({0, 0});
    o.schedule_terms.bonuses = {{0, 50'000, false}};
    ScheduleCost c = cost(s, t, o);
    CHECK(c.years[0].bonus_cents == 5'000'000);
    CHECK(c.years[1].bonus_cents == 0);
    CHECK(c.years[0].total_cents == 5'000'000);
    o.schedule_terms.bonuses = {{0, 50'000, true}};
    CHECK(cost(s, t, o).years[0].bonus_cents == 5'310'000);
}

TEST_CASE("benefits cost the employer's share over the base year's, and the member's premium change is the rest") {
    SalarySchedule s = schedule({{5'000'000}}, {{10 * kOneFte}});
    CostingTerms t;
    t.benefits = {{"Health insurance", 1'440'000, 80 * kPercent}};
    Offer o = offer({0, 0});
    o.schedule_terms.employer_percent = {78 * kPercent, 75 * kPercent};
    ScheduleCosting c = cost_schedule(s, t, o, std::nullopt, "campaign.yaml");
    REQUIRE(c.cost);
    // 10 FTE x 14,400 x (78% - 80%) = -2,880.00; then x (75% - 80%) = -7,200.00
    CHECK(c.cost->years[0].benefits_cents == -288'000);
    CHECK(c.cost->years[1].benefits_cents == -720'000);
    REQUIRE(c.members.size() == 1);
    CHECK(c.members[0].premium_change_cents == 72'000);  // 14,400 x 5%
}

TEST_CASE("a new schedule is printed to the cent or the dollar, halves away from zero") {
    // 10.01 x 1.5 = 15.015: to the cent 15.02; 100.00 x 1.005 = 100.50: to the dollar 101.
    SalarySchedule cent = schedule({{1001}}, {{kOneFte}});
    CHECK(cost(cent, {}, offer({50 * kPercent})).printed[1][0][0] == 1502);
    SalarySchedule dollar = schedule({{10'000}}, {{kOneFte}});
    dollar.rounding = ScheduleRounding::dollar;
    CHECK(cost(dollar, {}, offer({kPercent / 2})).printed[1][0][0] == 10'100);
    // A cost that lands on half a cent: 0.5 FTE x 10.01 = 5.005 rounds to 5.01.
    SalarySchedule half = schedule({{1001}}, {{kOneFte / 2}});
    CHECK(cost(half, {}, offer({0})).base_cents == 501);
}

TEST_CASE("hourly pay is the cell times the paid hours") {
    SalarySchedule s = schedule({{2'000}, {2'150}}, {{kOneFte}, {kOneFte}});
    s.pay = PayBasis::hourly;
    s.hours = 2080 * kFteScale;
    ScheduleCost c = cost(s, {}, offer({0}));
    CHECK(c.base_cents == (2'000 + 2'150) * 2080);
    CHECK(c.years[0].steps_cents == 150 * 2080);
}

TEST_CASE("the members' table agrees with the cost: FTE times each member's pay increase is the wage cost") {
    SalarySchedule s = schedule({{4'000'000, 4'400'000}, {4'200'000, 4'650'000}, {4'500'000, 5'000'000}},
                                {{10 * kOneFte, 4 * kOneFte}, {5 * kOneFte, 3333}, {3 * kOneFte, 2 * kOneFte}});
    Offer o = offer({kPercent + kPercent / 2, 2 * kPercent, 2 * kPercent});
    o.schedule_terms.steps = {StepMovement::move, StepMovement::freeze, StepMovement::move};
    o.schedule_terms.effective = {std::nullopt, day(2029, 1, 1), std::nullopt};
    ScheduleCosting c = cost_schedule(s, {}, o, day(2027, 7, 1), "campaign.yaml");
    REQUIRE(c.cost);
    for (std::size_t k = 1; k <= 3; ++k) {
        Rational increase;
        for (const MemberPay& m : c.members) increase += Rational(m.fte, kFteScale) * (m.pay[k] - m.pay[0]);
        CAPTURE(k);
        CHECK(rounded(increase) == c.cost->years[k - 1].wages_cents);
    }
    // A member at the top step only gains the raises.
    const MemberPay& top = c.members[2];
    CHECK(top.step == 2);
    CHECK(top.pay_cents.front() == 4'500'000);
}

TEST_CASE("contract years start the day after the contract expires, or on year_starts after it") {
    CampaignInfo info;
    CostingTerms t;
    CHECK_FALSE(first_contract_year(info, t));
    info.contract_expires = day(2027, 6, 30);
    CHECK(first_contract_year(info, t) == day(2027, 7, 1));
    t.year_starts = std::chrono::month_day(std::chrono::September / 1);
    CHECK(first_contract_year(info, t) == day(2027, 9, 1));
    t.year_starts = std::chrono::month_day(std::chrono::January / 1);
    CHECK(first_contract_year(info, t) == day(2028, 1, 1));
    std::vector<Date> starts = contract_year_starts(day(2028, 2, 29), 2);
    CHECK(starts[1] == day(2029, 3, 1));
}

TEST_CASE("a flat raise on an annual schedule is added to each cell; on an hourly one it is refused") {
    SalarySchedule s = schedule({{4'000'000}, {4'200'000}}, {{kOneFte}, {2 * kOneFte}});
    Offer o = offer({0, kPercent});
    o.flat_cents = {100'000, 0};  // $1,000 in year 1, then 1%
    ScheduleCost c = cost(s, {}, o);
    CHECK(c.printed[1][0][0] == 4'100'000);
    CHECK(c.printed[2][1][0] == 4'343'000);  // (42,000 + 1,000) x 1.01
    // Year 1: the step (1 FTE x 2,000) and $1,000 to all 3 FTE.
    CHECK(c.years[0].steps_cents == 200'000);
    CHECK(c.years[0].wages_cents == 500'000);
    s.pay = PayBasis::hourly;
    s.hours = 2000 * kFteScale;
    ScheduleCosting hourly = cost_schedule(s, {}, o, std::nullopt, "campaign.yaml");
    REQUIRE(hourly.problems.size() == 1);
    CHECK(hourly.problems[0].message.find("pays by the hour") != std::string::npos);
}

TEST_CASE("a cut that lands on half a cent rounds away from zero") {
    // 10.01 x (1 - 0.5%) = 9.96005 -> 9.96; 1.01 x 0.5 = 0.505 -> 0.51 after a 50% cut.
    SalarySchedule s = schedule({{101}}, {{kOneFte}});
    CHECK(cost(s, {}, offer({-50 * kPercent})).printed[1][0][0] == 51);
}
