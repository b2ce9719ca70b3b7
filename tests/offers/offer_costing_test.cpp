// Costing offers: the spec's example to the cent, rounding once per year,
// long terms without overflow, flat amounts, and every missing piece named.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/offer_terms.h"
#include "offers/offer_costing.h"
#include "offers/offers_report.h"
#include "text/ap_style.h"

using namespace bargain;

namespace {

Campaign campaign(const std::string& yaml) {
    CampaignLoad load = load_campaign_text("campaign.yaml", "bargain: 1\ncampaign: {name: Test}\n" + yaml);
    for (const Diagnostic& d : load.problems) FAIL_CHECK(d.located());
    return load.campaign;
}

const char* kSos =
    "units:\n"
    "  - {id: ifpe-4408, members: 180, payroll: 9450000.00}\n"
    "  - {id: ifise-4407, members: 75, payroll: 5250000.00}\n"
    "offers:\n"
    "  - {id: union-dec, side: union, wages: [4.0, 4.0, 3.5]}\n"
    "  - {id: lbo, side: employer, wages: [1.5, 2.0, 2.0]}\n";

std::vector<const Offer*> all_offers(const Campaign& c) {
    std::vector<const Offer*> out;
    for (const Offer& o : c.offers) out.push_back(&o);
    return out;
}

OfferCost cost_one(const Campaign& c) {
    OfferCosting costing = cost_offers(c, all_offers(c), "campaign.yaml");
    REQUIRE(costing.problems.empty());
    REQUIRE(costing.offers.size() == 1);
    return costing.offers[0];
}

std::vector<std::string> problems(const Campaign& c) {
    std::vector<std::string> out;
    for (const Diagnostic& d : cost_offers(c, all_offers(c), "campaign.yaml").problems) out.push_back(d.located());
    return out;
}

using Cents = std::vector<long long>;

}  // namespace

TEST_CASE("the spec's example holds to the cent") {
    Campaign c = campaign(kSos);
    OfferCosting costing = cost_offers(c, all_offers(c), "campaign.yaml");
    REQUIRE(costing.problems.empty());
    const OfferCost& lbo = costing.offers[1];
    CHECK(lbo.units[0].unit == "ifpe-4408");
    CHECK(lbo.units[0].per_year_cents == Cents{14175000, 33358500, 52925670});
    CHECK(lbo.units[0].total_cents == 100459170);
    CHECK(lbo.units[1].per_year_cents == Cents{7875000, 18532500, 29403150});
    CHECK(lbo.units[1].total_cents == 55810650);
    CHECK(lbo.all.total_cents == 156269820);
    CHECK(lbo.compounded == 56006);
    CHECK(percent4_text(*lbo.compounded) == "5.6006");
    const OfferCost& dec = costing.offers[0];
    CHECK(dec.units[0].per_year_cents == Cents{37800000, 77112000, 112885920});
    CHECK(dec.compounded_by_year == Cents{40000, 81600, 119456});
    CHECK(dec.all.total_cents == 227797920 + 126554400);
}

TEST_CASE("a year's cost is rounded once, half away from zero") {
    // Half a cent rounds up for a raise and down (away from zero) for a cut.
    CHECK(cost_one(campaign("units: [{id: u, payroll: 0.01}]\noffers: [{id: o, wages: [50]}]\n"))
              .units[0]
              .per_year_cents == Cents{1});
    CHECK(cost_one(campaign("units: [{id: u, payroll: 0.01}]\noffers: [{id: o, wages: [-50]}]\n"))
              .units[0]
              .per_year_cents == Cents{-1});
    // 0.3 cent, then 0.609 cent: rounded each year from the exact value,
    // never from the year before's rounded one (which would give 0 then 0).
    CHECK(cost_one(campaign("units: [{id: u, payroll: 0.10}]\noffers: [{id: o, wages: [3, 3]}]\n"))
              .units[0]
              .per_year_cents == Cents{0, 1});
}

TEST_CASE("ten years of 10% compound without overflow") {
    OfferCost oc = cost_one(campaign("units: [{id: u, payroll: 9450000.00}]\n"
                                     "offers: [{id: o, wages: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}]\n"));
    CHECK(oc.units[0].per_year_cents == Cents{94500000, 198450000, 312795000, 438574500, 576931950, 729125145,
                                              896537660, 1080691425, 1283260568, 1506086625});
    CHECK(oc.units[0].total_cents == 7116952873);
    CHECK(oc.compounded == 1593742);
}

TEST_CASE("ten years of four-decimal raises are exact past 128 bits") {
    // 10^60 in the denominator, far past __int128: exact only with
    // arbitrary precision (core/exact.h). Expected values are from exact
    // rational arithmetic.
    OfferCost oc = cost_one(campaign("units: [{id: u, payroll: 1234567890.12}]\n"
                                     "offers: [{id: o, wages: [7.7777, 7.7777, 7.7777, 7.7777, 7.7777, 7.7777, "
                                     "7.7777, 7.7777, 7.7777, 7.7777]}]\n"));
    CHECK(oc.units[0].per_year_cents == Cents{9602098679, 19951019787, 31104848932, 43126189446, 56082513762,
                                              70046542114, 85096650699, 101317311579, 118799566801, 137641539387});
    CHECK(oc.units[0].total_cents == 672768281186);
    OfferCost small = cost_one(campaign("units: [{id: u, payroll: 9450000.00}]\n"
                                        "offers: [{id: o, wages: [1.2345, 1.2345, 1.2345, 1.2345, 1.2345, 1.2345, "
                                        "1.2345, 1.2345, 1.2345, 1.2345]}]\n"));
    CHECK(small.units[0].per_year_cents.back() == 123359044);
    CHECK(small.units[0].total_cents == 665991165);
    CHECK(small.compounded == 130539);
}

TEST_CASE("a flat amount is added to each member's pay, and later raises apply to it") {
    Campaign c = campaign(
        "units:\n  - {id: a, members: 180, payroll: 9450000.00}\n  - {id: b, members: 75, payroll: 5250000.00}\n"
        "offers:\n  - {id: o, wages: [\"$1,000\", 2.0]}\n");
    REQUIRE(c.offers[0].flat_cents == Cents{100000, 0});
    REQUIRE(c.offers[0].wages == Cents{0, 20000});
    OfferCost oc = cost_one(c);
    CHECK(oc.units[0].per_year_cents == Cents{18000000, 37260000});
    CHECK(oc.units[1].per_year_cents == Cents{7500000, 18150000});
    CHECK(oc.all.total_cents == 55260000 + 25650000);
    CHECK_FALSE(oc.compounded);
    CHECK(raise_text(*oc.offer, 0) == "$1,000");
    CHECK(raise_text(*oc.offer, 1) == "2.0");
}

TEST_CASE("missing wages, payroll or members are named, never costed as zero") {
    CHECK(problems(campaign("units: [{id: u, payroll: 100}]\noffers:\n  - {id: o, side: union}\n")) ==
          std::vector<std::string>{"campaign.yaml:5:5: offer 'o' has no wages to cost: give its raise for each "
                                   "contract year, like wages: [1.5, 2.0, 2.0]"});
    CHECK(problems(campaign("units:\n  - {id: u, members: 3}\noffers: [{id: o, wages: [1]}]\n")) ==
          std::vector<std::string>{"campaign.yaml:4:5: unit 'u' has no payroll or salary schedule to cost offers "
                                   "against: give its annual base payroll, like payroll: 9450000.00, or list it in "
                                   "the units of one of schedules:"});
    CHECK(problems(campaign("units:\n  - {id: u, payroll: 100}\noffers: [{id: o, wages: [\"$500\"]}]\n")) ==
          std::vector<std::string>{"campaign.yaml:4:5: unit 'u' has no members: offer 'o' gives a flat $500 per "
                                   "member in year 1, so costing it needs the unit's head count, like members: 180"});
    CHECK(problems(campaign("offers: [{id: o, wages: [1]}]\n")) ==
          std::vector<std::string>{"campaign.yaml: no units to cost the offers against: list them with their "
                                   "payroll, like units: [{id: local-1, payroll: 9450000.00}]"});
}

TEST_CASE("absurd raises are refused with a reason, not overflowed") {
    CHECK(problems(campaign("units: [{id: u, payroll: 100}]\noffers:\n  - {id: o, wages: [-100]}\n")) ==
          std::vector<std::string>{"campaign.yaml:5:5: offer 'o' cuts wages by 100% or more in year 1"});
    CHECK(problems(campaign("units: [{id: u, payroll: 100}]\noffers:\n  - {id: o, wages: [2, 1000.0001]}\n")) ==
          std::vector<std::string>{"campaign.yaml:5:5: offer 'o' raises wages by more than 1000% in year 2; is it a "
                                   "typo?"});
    std::string fifty_one = "[";
    for (int i = 0; i < 51; ++i) fifty_one += i ? ", 1" : "1";
    CHECK(problems(campaign("units: [{id: u, payroll: 100}]\noffers:\n  - {id: o, wages: " + fifty_one + "]}\n")) ==
          std::vector<std::string>{"campaign.yaml:5:5: offer 'o' has 51 contract years of wages; at most 50 can be "
                                   "costed"});
    // 1000% a year for 20 years on a large payroll: more than $100 trillion.
    std::string twenty = "[";
    for (int i = 0; i < 20; ++i) twenty += i ? ", 1000" : "1000";
    auto p = problems(campaign("units: [{id: u, payroll: 9450000.00}]\noffers:\n  - {id: o, wages: " + twenty + "]}\n"));
    REQUIRE(!p.empty());
    CHECK(p.back() == "campaign.yaml:5:5: the cost of offer 'o' for unit 'u' is more than $100 trillion; check its "
                      "wages and the unit's payroll");
}

TEST_CASE("a comparison's gaps are the differences of the figures shown") {
    Campaign c = campaign(kSos);
    OfferCosting costing = cost_offers(c, all_offers(c), "campaign.yaml");
    REQUIRE(costing.problems.empty());
    OfferComparison cmp = compare_offers(costing.offers[0], costing.offers[1]);
    CHECK(cmp.years == 3);
    CHECK(cmp.raise_points == std::vector<std::optional<long long>>{-25000, -20000, -15000});
    CHECK(cmp.compounded_points == 56006 - 119456);
    CHECK(cmp.all.total_cents == 156269820 - (227797920 + 126554400));
    CHECK(cmp.units[0].per_year_cents[0] == 14175000 - 37800000);
}

TEST_CASE("offers of different terms are compared over the years both cover") {
    Campaign c = campaign("units: [{id: u, payroll: 100.00}]\noffers:\n  - {id: a, wages: [2, 2, 2]}\n"
                          "  - {id: b, wages: [3, 1]}\n");
    OfferCosting costing = cost_offers(c, all_offers(c), "campaign.yaml");
    REQUIRE(costing.problems.empty());
    OfferComparison cmp = compare_offers(costing.offers[0], costing.offers[1]);
    CHECK(cmp.years == 2);
    CHECK(cmp.from_all.per_year_cents == Cents{200, 404});
    CHECK(cmp.to_all.per_year_cents == Cents{300, 403});
    CHECK(cmp.all.per_year_cents == Cents{100, -1});
    CHECK(cmp.all.total_cents == 99);
    CHECK(cmp.from_compounded == 40400);
    CHECK(cmp.to_compounded == 40300);
}

TEST_CASE("money and percentages are written exactly") {
    CHECK(money_text(0) == "$0.00");
    CHECK(money_text(156269820) == "$1,562,698.20");
    CHECK(money_text(-5) == "-$0.05");
    CHECK(percent4_text(-63450) == "-6.3450");
    CHECK(percent4_text(5) == "0.0005");
}
