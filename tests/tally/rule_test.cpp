// The rules that decide whether a motion carries, each tested at its exact
// boundary: the one vote that separates carried from failed.
#include <doctest/doctest.h>

#include <string>

#include "tally/rule.h"

using namespace bargain;

namespace {

// Totals for a question: `other` is abstain + blank + void, which count
// toward cast but not valid.
Totals totals(long long yes, long long no, long long other = 0, std::optional<long long> eligible = std::nullopt) {
    return Totals{yes, no, yes + no, yes + no + other, eligible};
}

Rule rule(const char* text) {
    auto r = parse_rule(text);
    INFO("rule: " << text);
    REQUIRE(r.ok());
    return *r;
}

bool carries(const char* text, const Totals& t) { return rule(text).carried(t); }

std::string rule_error(const char* text) {
    auto r = parse_rule(text);
    if (r.ok()) return "(parsed)";
    return r.error().message;
}

}  // namespace

TEST_CASE("a tie fails a majority vote") {
    CHECK_FALSE(carries("majority", totals(50, 50)));
}

TEST_CASE("one more yes than no carries a majority vote") {
    CHECK(carries("majority", totals(51, 50)));
    CHECK(carries("majority", totals(1, 0)));
}

TEST_CASE("abstentions and blank ballots do not count against a majority") {
    CHECK(carries("majority", totals(3, 2, 100)));
}

TEST_CASE("a vote with no valid votes does not carry a majority") {
    CHECK_FALSE(carries("majority", totals(0, 0, 10)));
}

TEST_CASE("exactly two thirds carries a two-thirds vote (666 of 999)") {
    CHECK(carries("two-thirds", totals(666, 333)));
    CHECK(carries("uaw", totals(666, 333)));
}

TEST_CASE("one vote short of two thirds fails (665 of 999)") {
    CHECK_FALSE(carries("two-thirds", totals(665, 334)));
    CHECK_FALSE(carries("uaw", totals(665, 334)));
}

TEST_CASE("three quarters carries at 750 of 1000 and fails at 749") {
    CHECK(carries("three-quarters", totals(750, 250)));
    CHECK_FALSE(carries("three-quarters", totals(749, 251)));
}

TEST_CASE("chicago-ielra counts yes against every eligible member, not the votes cast") {
    // Unanimous among those who voted, and still short of 3/4 of the members.
    CHECK_FALSE(carries("chicago-ielra", totals(749, 0, 0, 1000)));
    CHECK(carries("chicago-ielra", totals(750, 0, 0, 1000)));
    CHECK(carries("chicago-ielra", totals(750, 250, 0, 1000)));
    CHECK(rule("chicago-ielra").needs_eligible());
}

TEST_CASE("uk-2016 needs half the members to vote: 500 of 1000 carries, 499 fails") {
    CHECK(carries("uk-2016", totals(300, 200, 0, 1000)));
    CHECK_FALSE(carries("uk-2016", totals(300, 199, 0, 1000)));
    CHECK(rule("uk-2016").needs_eligible());
}

TEST_CASE("uk-2016 counts spoiled papers toward turnout") {
    // 400 valid + 100 void = 500 cast of 1000: the turnout threshold is met.
    CHECK(carries("uk-2016", totals(300, 100, 100, 1000)));
    CHECK_FALSE(carries("uk-2016", totals(300, 100, 99, 1000)));
}

TEST_CASE("uk-2016 needs more yes than no even with the turnout met") {
    CHECK_FALSE(carries("uk-2016", totals(300, 300, 0, 1000)));
    CHECK(carries("uk-2016", totals(301, 300, 0, 1000)));
}

TEST_CASE("uk-2016-ips also needs yes from 40% of those entitled to vote: 400 of 1000 carries, 399 fails") {
    CHECK(carries("uk-2016-ips", totals(400, 100, 0, 1000)));
    CHECK_FALSE(carries("uk-2016-ips", totals(399, 101, 0, 1000)));
    // The 40% alone is not enough: turnout must still reach half.
    CHECK_FALSE(carries("uk-2016-ips", totals(450, 49, 0, 1000)));
}

TEST_CASE("uk-2026 drops the 40% rule") {
    Totals t = totals(300, 200, 0, 1000);
    CHECK(carries("uk-2026", t));
    CHECK_FALSE(carries("uk-2016-ips", t));
}

TEST_CASE("teamsters-1987 needs a simple majority when half the members vote validly") {
    // valid 500 of 1000 eligible: more than half of valid.
    CHECK(carries("teamsters-1987", totals(251, 249, 0, 1000)));
    CHECK_FALSE(carries("teamsters-1987", totals(250, 250, 0, 1000)));
}

TEST_CASE("teamsters-1987 needs two thirds when fewer than half the members vote validly") {
    // valid 499 of 1000: at least 2/3 of valid. 333*3 = 999 >= 998.
    CHECK(carries("teamsters-1987", totals(333, 166, 0, 1000)));
    CHECK_FALSE(carries("teamsters-1987", totals(332, 167, 0, 1000)));
}

TEST_CASE("teamsters-1987 switches at exactly half the members voting validly") {
    // 52% yes carries with 500 valid votes, but one fewer no vote drops the
    // valid count to 499 and the threshold to two thirds.
    CHECK(carries("teamsters-1987", totals(260, 240, 0, 1000)));
    CHECK_FALSE(carries("teamsters-1987", totals(260, 239, 0, 1000)));
    // Abstentions are not valid votes, so they do not reach the switch.
    CHECK_FALSE(carries("teamsters-1987", totals(260, 239, 50, 1000)));
    CHECK(rule("teamsters-1987").needs_eligible());
}

TEST_CASE("a strict fraction expression is more than, not at least") {
    Rule r = rule(">1/2 of valid");
    CHECK(r.name == ">1/2 of valid");
    CHECK_FALSE(r.carried(totals(50, 50)));
    CHECK(r.carried(totals(51, 50)));
    CHECK_FALSE(r.needs_eligible());
}

TEST_CASE("an at-least fraction of eligible needs the roster") {
    Rule r = rule(">= 3/4 of eligible");
    CHECK(r.needs_eligible());
    CHECK(r.carried(totals(750, 0, 0, 1000)));
    CHECK_FALSE(r.carried(totals(749, 0, 0, 1000)));
}

TEST_CASE("a bare fraction means at least that share of valid votes") {
    Rule r = rule("2/3");
    CHECK(r.carried(totals(666, 333)));
    CHECK_FALSE(r.carried(totals(665, 334)));
}

TEST_CASE("a percentage is a fraction of valid votes") {
    CHECK(carries("60%", totals(60, 40)));
    CHECK_FALSE(carries("60%", totals(59, 41)));
    CHECK(carries(">60%", totals(61, 39)));
    CHECK_FALSE(carries(">60%", totals(60, 40)));
}

TEST_CASE("a percentage with a decimal is exact: 66.5% of 1000 is 665") {
    CHECK(carries("66.5%", totals(665, 335)));
    CHECK_FALSE(carries("66.5%", totals(664, 336)));
}

TEST_CASE("a fraction of cast counts abstentions in the base") {
    Rule r = rule("1/2 of cast");
    CHECK_FALSE(r.needs_eligible());
    CHECK(r.carried(totals(50, 10, 40)));
    CHECK_FALSE(r.carried(totals(49, 10, 41)));
}

TEST_CASE("a fraction over one is refused: no vote could carry") {
    CHECK(rule_error("3/2").find("more than 1") != std::string::npos);
    CHECK(rule_error("101%").find("more than 1") != std::string::npos);
}

TEST_CASE("a zero denominator is refused") {
    CHECK(rule_error("1/0").find("zero denominator") != std::string::npos);
}

TEST_CASE("a fraction that is not whole numbers is refused") {
    CHECK_FALSE(parse_rule("2/x").ok());
    CHECK_FALSE(parse_rule("1.5/3").ok());
    CHECK_FALSE(parse_rule("2/").ok());
    CHECK_FALSE(parse_rule("/3").ok());
}

TEST_CASE("an empty rule is refused") {
    CHECK_FALSE(parse_rule("").ok());
    CHECK_FALSE(parse_rule("   ").ok());
}

TEST_CASE("a misspelt rule name suggests the preset") {
    std::string message = rule_error("majorty");
    CHECK(message.find("unknown rule 'majorty'") != std::string::npos);
    CHECK(parse_rule("majorty").error().help == "did you mean 'majority'?");
    CHECK(parse_rule("two-third").error().help == "did you mean 'two-thirds'?");
    // A fraction without its "of" is told how to write it.
    CHECK(parse_rule("2/3 valid").error().help == "did you mean '2/3 of valid'?");
    CHECK(parse_rule(">=2/3 of valdi").error().help == "did you mean 'valid'?");
}

TEST_CASE("a rule's problem is placed where the caller says it was written") {
    Diagnostic d = parse_rule("majorty", Place{"c.yaml", 4, 32}).error();
    CHECK(d.located().rfind("c.yaml:4:32: unknown rule 'majorty'", 0) == 0);
    Rule rule = majority_rule();
    auto turnout = add_turnout(rule, "half", Place{"c.yaml", 5, 9});
    REQUIRE(turnout);
    CHECK(turnout->located().rfind("c.yaml:5:9: turnout 'half'", 0) == 0);
}

TEST_CASE("a rule expression with an unknown base is refused") {
    CHECK(rule_error("1/2 of members").find("'members' is not valid, cast or eligible") != std::string::npos);
    CHECK_FALSE(parse_rule("1/2 valid").ok());
    CHECK_FALSE(parse_rule("1/2 of").ok());
}

TEST_CASE("a rule's terms are bounded") {
    CHECK_FALSE(parse_rule("1/2000000").ok());
    CHECK(parse_rule("1/1000000").ok());
    CHECK_FALSE(parse_rule("99999999999999999999/99999999999999999999").ok());
}

TEST_CASE("a percentage has at most 4 decimal places (fuzzing found an overflow past 16)") {
    CHECK(parse_rule("66.6667%").ok());
    auto r = parse_rule("000.000000000002284000%");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("at most 4 decimal places in a percentage") != std::string::npos);
}

TEST_CASE("a turnout requirement is added to the rule") {
    Rule r = rule("majority");
    CHECK_FALSE(add_turnout(r, "50%").has_value());
    CHECK(r.needs_eligible());
    CHECK_FALSE(r.carried(totals(300, 199, 0, 1000)));
    CHECK(r.carried(totals(300, 200, 0, 1000)));
    CHECK_FALSE(r.carried(totals(250, 250, 0, 1000)));  // the majority still applies
    CHECK(r.text() == "more than 1/2 of valid votes; turnout of at least 50% of eligible voters");
}

TEST_CASE("a turnout requirement may be a fraction") {
    Rule r = rule("two-thirds");
    CHECK_FALSE(add_turnout(r, "1/2").has_value());
    CHECK(r.carried(totals(400, 100, 0, 1000)));
    CHECK_FALSE(r.carried(totals(400, 99, 0, 1000)));
}

TEST_CASE("a turnout that is not a share is refused") {
    Rule r = rule("majority");
    CHECK(add_turnout(r, "half").has_value());
    CHECK(add_turnout(r, "50% or so").has_value());
    CHECK(add_turnout(r, "3/2").has_value());
    CHECK(add_turnout(r, "").has_value());
    CHECK(r.clauses.size() == 1);
}

TEST_CASE("counts in the trillions are compared exactly, without overflow") {
    const long long T = 1'000'000'000'000;
    CHECK(carries("two-thirds", totals(2 * T, T)));
    CHECK_FALSE(carries("two-thirds", totals(2 * T - 1, T + 1)));
    CHECK(carries("majority", totals(T + 1, T)));
    CHECK_FALSE(carries("majority", totals(T, T)));
    CHECK(carries("chicago-ielra", totals(3 * T, 0, 0, 4 * T)));
    CHECK_FALSE(carries("chicago-ielra", totals(3 * T - 1, 0, 0, 4 * T)));
}

TEST_CASE("counts near the limit of 64 bits are compared exactly") {
    // 6e18 * 3 overflows a 64-bit integer; the comparison must not.
    const long long big = 3'000'000'000'000'000'000;
    CHECK(carries("two-thirds", totals(2 * big, big)));
    CHECK_FALSE(carries("two-thirds", totals(2 * big - 1, big + 1)));
    CHECK(carries("999999/1000000 of valid", totals(2 * big, 1)));
    CHECK_FALSE(carries("999999/1000000 of valid", totals(big, big)));
}

TEST_CASE("the majority rule reads the way the report prints it") {
    CHECK(rule("majority").text() == "more than 1/2 of valid votes");
    CHECK(rule("majority").name == "majority");
}

TEST_CASE("each preset's wording names its threshold") {
    CHECK(rule("two-thirds").text() == "at least 2/3 of valid votes");
    CHECK(rule("three-quarters").text() == "at least 3/4 of valid votes");
    CHECK(rule("chicago-ielra").text() == "yes votes from at least 3/4 of eligible voters");
    CHECK(rule("uk-2016").text() == "turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes");
    CHECK(rule("uk-2016-ips").text() ==
          "turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes; yes votes from at least 40% of "
          "eligible voters");
    CHECK(rule("teamsters-1987").text() ==
          "if valid votes from at least 1/2 of eligible voters, more than 1/2 of valid votes, otherwise at least "
          "2/3 of valid votes");
}

TEST_CASE("an expression's wording keeps the fraction as written") {
    CHECK(rule("66.5%").text() == "at least 66.5% of valid votes");
    CHECK(rule("1/2 of cast").text() == "at least 1/2 of ballots cast");
    CHECK(rule(" >= 3/4 of eligible ").name == ">=3/4 of eligible");
    CHECK(rule(">1/2  of valid").name == ">1/2 of valid");
}

TEST_CASE("every preset the spec names is offered, in order") {
    std::vector<std::string> names;
    for (const RulePreset& p : rule_presets()) names.push_back(p.name);
    CHECK(names == std::vector<std::string>{"majority", "two-thirds", "three-quarters", "chicago-ielra", "uaw",
                                            "uk-2016", "uk-2016-ips", "uk-2026", "teamsters-1987"});
    for (const std::string& n : names) CHECK(parse_rule(n).ok());
}

TEST_CASE("rules on valid or cast votes do not need the roster") {
    for (const char* name : {"majority", "two-thirds", "three-quarters", "uaw", "60%", "1/2 of cast"})
        CHECK_FALSE(rule(name).needs_eligible());
}

TEST_CASE("a motion nobody voted yes for never carries, whatever the fraction") {
    CHECK_FALSE(carries("0/1", totals(0, 0)));
    CHECK_FALSE(carries("0%", totals(0, 10)));
    CHECK(carries("0/1", totals(1, 10)));
    CHECK_FALSE(carries("two-thirds", totals(0, 0, 5)));
    CHECK_FALSE(carries("1/2 of cast", totals(0, 0)));
}
