// A rule's arithmetic written out on the real numbers, as a certificate shows it.
#include <doctest/doctest.h>

#include "tally/rule_working.h"

using namespace bargain;

TEST_CASE("two thirds of valid, met: the cross-products and the relation they are in") {
    Rule rule = parse_rule("two-thirds").value();
    auto steps = rule_working(rule, Totals{1212, 595, 1807, 1820, std::nullopt});
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].met);
    CHECK(steps[0].clause == "at least 2/3 of valid votes");
    CHECK(steps[0].arithmetic == "yes \u00d7 3 \u2265 valid \u00d7 2: 1,212 \u00d7 3 = 3,636 \u2265 1,807 \u00d7 2 = 3,614");
}

TEST_CASE("a majority that is not met shows the numbers the other way round") {
    Rule rule = majority_rule();
    auto steps = rule_working(rule, Totals{76, 152, 228, 232, 255});
    REQUIRE(steps.size() == 1);
    CHECK_FALSE(steps[0].met);
    CHECK(steps[0].arithmetic == "yes \u00d7 2 > valid \u00d7 1: 76 \u00d7 2 = 152 \u2264 228 \u00d7 1 = 228");
    // A tie is exactly the boundary: 2 x 2 = 4 is not more than 4.
    CHECK_FALSE(rule_working(rule, Totals{2, 2, 4, 4, std::nullopt})[0].met);
}

TEST_CASE("a UK rule shows the turnout, the majority and the 40% each on its own line") {
    Rule rule = parse_rule("uk-2016-ips").value();
    auto steps = rule_working(rule, Totals{400, 99, 499, 500, 1000});
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].arithmetic == "cast \u00d7 2 \u2265 eligible \u00d7 1: 500 \u00d7 2 = 1,000 \u2265 1,000 \u00d7 1 = 1,000");
    CHECK(steps[0].met);
    CHECK(steps[1].met);
    CHECK(steps[2].arithmetic == "yes \u00d7 100 \u2265 eligible \u00d7 40: 400 \u00d7 100 = 40,000 \u2265 1,000 \u00d7 40 = 40,000");
    CHECK(steps[2].met);
    CHECK_FALSE(rule_working(rule, Totals{399, 99, 498, 500, 1000})[2].met);
}

TEST_CASE("a conditional rule shows its condition, then the branch that applies") {
    Rule rule = parse_rule("teamsters-1987").value();
    auto steps = rule_working(rule, Totals{60, 40, 100, 100, 300});
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].condition);
    CHECK_FALSE(steps[0].met);  // 100 valid of 300 eligible is less than half
    CHECK(steps[1].clause == "at least 2/3 of valid votes, since it does not");
    CHECK_FALSE(steps[1].met);
    CHECK(steps[1].arithmetic == "yes \u00d7 3 \u2265 valid \u00d7 2: 60 \u00d7 3 = 180 < 100 \u00d7 2 = 200");
}

TEST_CASE("no yes vote fails first, whatever the fraction") {
    auto steps = rule_working(parse_rule(">=0/1").value(), Totals{0, 0, 0, 0, std::nullopt});
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].clause == "at least one yes vote");
    CHECK_FALSE(steps[0].met);
    CHECK(steps[1].met);
}

TEST_CASE("products past a long long are written exactly") {
    CHECK(with_commas_128(static_cast<__int128>(1'000'000'000'000'000) * 1'000'000) == "1,000,000,000,000,000,000,000");
    CHECK(with_commas_128(0) == "0");
    CHECK(with_commas_128(-1234) == "-1,234");
    CHECK(with_commas_128(999) == "999");
}
