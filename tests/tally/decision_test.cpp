// Applying the rule to the counts: carried, failed or undetermined (when
// sealed challenged ballots could change the result), per unit, and the
// margin a members' update quotes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tally/decision.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::rule;
using bargain::test::votes;

namespace {

// One question, no units.
Count one_question(AnswerCounts c, std::optional<long long> eligible = std::nullopt, long long challenged = 0) {
    Count count;
    Count::Question q;
    q.id = "accept";
    q.no_unit = c;
    count.questions.push_back(q);
    count.eligible = eligible;
    count.challenged = challenged;
    count.challenged_no_unit = challenged;
    return count;
}

struct UnitVotes {
    std::string name;
    AnswerCounts counts;
    std::optional<long long> eligible;
    long long challenged = 0;
};

Count by_units(const std::vector<UnitVotes>& units, long long challenged_no_unit = 0) {
    Count count;
    Count::Question q;
    q.id = "accept";
    long long eligible = 0;
    bool all_known = true;
    for (const UnitVotes& u : units) {
        count.units.push_back(u.name);
        q.by_unit.push_back(u.counts);
        count.eligible_by_unit.push_back(u.eligible);
        count.challenged_by_unit.push_back(u.challenged);
        count.challenged += u.challenged;
        if (u.eligible) eligible += *u.eligible;
        else all_known = false;
    }
    count.challenged += challenged_no_unit;
    count.challenged_no_unit = challenged_no_unit;
    if (all_known) count.eligible = eligible;
    count.questions.push_back(q);
    return count;
}

Decision overall(const Count& count, const char* rule_text, bool by_unit = false) {
    auto decided = decide(count, rule(rule_text), by_unit);
    REQUIRE(decided.ok());
    REQUIRE(decided->size() == 1);
    return decided->front().overall;
}

std::string shown(std::optional<std::string> m) { return m.value_or("(none)"); }

}  // namespace

// ---- margin ------------------------------------------------------------------

TEST_CASE("152 no to 76 yes is a 2-to-1 margin") {
    CHECK(shown(margin(76, 152)) == "2-to-1");
    CHECK(shown(margin(152, 76)) == "2-to-1");
}

TEST_CASE("a margin not near a whole number is given to one decimal") {
    CHECK(shown(margin(7, 5)) == "1.4-to-1");
    CHECK(shown(margin(5, 7)) == "1.4-to-1");
    CHECK(shown(margin(1000, 3)) == "333.3-to-1");
}

TEST_CASE("a margin within 0.05 of a whole number is the whole number") {
    CHECK(shown(margin(204, 100)) == "2-to-1");
    CHECK(shown(margin(196, 100)) == "2-to-1");
    CHECK(shown(margin(104, 100)) == "1-to-1");
    CHECK(shown(margin(297, 100)) == "3-to-1");
}

TEST_CASE("a margin exactly 0.05 from a whole number is the whole number") {
    CHECK(shown(margin(205, 100)) == "2-to-1");
    CHECK(shown(margin(195, 100)) == "2-to-1");
    CHECK(shown(margin(105, 100)) == "1-to-1");
}

TEST_CASE("a margin just beyond 0.05 from a whole number gets its decimal") {
    CHECK(shown(margin(206, 100)) == "2.1-to-1");
    CHECK(shown(margin(194, 100)) == "1.9-to-1");
    CHECK(shown(margin(106, 100)) == "1.1-to-1");
}

TEST_CASE("a margin's tenths are rounded half up") {
    CHECK(shown(margin(145, 100)) == "1.5-to-1");
    CHECK(shown(margin(1449, 1000)) == "1.4-to-1");
}

TEST_CASE("there is no margin when either side has no votes") {
    CHECK_FALSE(margin(0, 152).has_value());
    CHECK_FALSE(margin(152, 0).has_value());
    CHECK_FALSE(margin(0, 0).has_value());
}

TEST_CASE("a tie is a 1-to-1 margin") {
    CHECK(shown(margin(76, 76)) == "1-to-1");
    CHECK(shown(margin(1, 1)) == "1-to-1");
}

TEST_CASE("a margin of huge counts does not overflow") {
    const long long big = 3'000'000'000'000'000'000;
    CHECK(shown(margin(2 * big, big)) == "2-to-1");
    CHECK(shown(margin(big, 2 * big)) == "2-to-1");
}

// ---- ratio_text ----------------------------------------------------------------

TEST_CASE("turnout 232 of 255 is 0.9098") {
    CHECK(ratio_text(232, 255, 4) == "0.9098");
}

TEST_CASE("ratios are rounded half up") {
    CHECK(ratio_text(1, 8, 2) == "0.13");   // 0.125
    CHECK(ratio_text(5, 1000, 2) == "0.01");  // 0.005
    CHECK(ratio_text(1, 2, 0) == "1");      // 0.5
    CHECK(ratio_text(1, 3, 1) == "0.3");
    CHECK(ratio_text(2, 3, 1) == "0.7");
    CHECK(ratio_text(9999, 10000, 2) == "1.00");
}

TEST_CASE("ratios keep their leading zeros after the point") {
    CHECK(ratio_text(1, 1000, 4) == "0.0010");
    CHECK(ratio_text(0, 5, 2) == "0.00");
    CHECK(ratio_text(1, 1, 4) == "1.0000");
}

TEST_CASE("a percentage is a ratio of a hundredfold part") {
    CHECK(ratio_text(9100, 100, 1) == "91.0");
    CHECK(ratio_text(23200, 255, 0) == "91");
}

TEST_CASE("a ratio of nothing is shown as a dash") {
    CHECK(ratio_text(5, 0, 2) == "-");
}

// ---- challenged ballots --------------------------------------------------------

TEST_CASE("challenged ballots that could carry a failing vote make it undetermined") {
    Decision d = overall(one_question(votes(50, 51), 200, 2), "majority");
    CHECK(d.outcome == Outcome::undetermined);
    CHECK(d.determinative_challenges);
    CHECK(d.challenged == 2);
}

TEST_CASE("challenged ballots that could sink a carrying vote make it undetermined") {
    Decision d = overall(one_question(votes(52, 50), 200, 3), "majority");
    CHECK(d.outcome == Outcome::undetermined);
    CHECK(d.determinative_challenges);
}

TEST_CASE("one challenged ballot that could tie a majority vote is determinative") {
    Decision d = overall(one_question(votes(51, 50), 200, 1), "majority");
    CHECK(d.outcome == Outcome::undetermined);
}

TEST_CASE("challenged ballots too few to change the result are not determinative") {
    Decision carried = overall(one_question(votes(52, 50), 200, 1), "majority");
    CHECK(carried.outcome == Outcome::carried);
    CHECK_FALSE(carried.determinative_challenges);

    Decision failed = overall(one_question(votes(40, 60), 200, 5), "majority");
    CHECK(failed.outcome == Outcome::failed);
    CHECK_FALSE(failed.determinative_challenges);
}

TEST_CASE("a challenged ballot also adds to the eligible, which can sink an of-eligible vote") {
    // 75 yes of 100 eligible carries chicago-ielra; one sealed ballot, if it
    // is a no from a member missing from the roster, makes it 75 of 101.
    CHECK(overall(one_question(votes(75, 0), 100), "chicago-ielra").outcome == Outcome::carried);
    Decision d = overall(one_question(votes(75, 0), 100, 1), "chicago-ielra");
    CHECK(d.outcome == Outcome::undetermined);
    CHECK(d.determinative_challenges);
}

TEST_CASE("challenged ballots cannot rescue a turnout they also raise the bar for") {
    // 49 of 100 voted; one more ballot makes 50 of 101, still under half.
    Decision d = overall(one_question(votes(49, 0), 100, 1), "uk-2016");
    CHECK(d.outcome == Outcome::failed);
    CHECK_FALSE(d.determinative_challenges);
    // Three more make 52 of 103, over half: determinative.
    Decision three = overall(one_question(votes(49, 0), 100, 3), "uk-2016");
    CHECK(three.outcome == Outcome::undetermined);
}

TEST_CASE("a vote with no challenged ballots is never undetermined") {
    Decision d = overall(one_question(votes(50, 50), 100), "majority");
    CHECK(d.outcome == Outcome::failed);
    CHECK_FALSE(d.determinative_challenges);
    CHECK(overall(one_question(votes(51, 50)), "majority").outcome == Outcome::carried);
}

TEST_CASE("outcomes are named as the report prints them") {
    CHECK(std::string(outcome_name(Outcome::carried)) == "carried");
    CHECK(std::string(outcome_name(Outcome::failed)) == "failed");
    CHECK(std::string(outcome_name(Outcome::undetermined)) == "undetermined");
}

// ---- units ---------------------------------------------------------------------

TEST_CASE("a vote by unit carries only if it carries in every unit") {
    Count count = by_units({{"ifpe-4408", votes(100, 10), 180}, {"ifise-4407", votes(30, 40), 75}});
    auto decided = decide(count, rule("majority"), true);
    REQUIRE(decided.ok());
    const QuestionDecision& q = decided->front();
    REQUIRE(q.units.size() == 2);
    CHECK(q.units[0].unit == "ifpe-4408");
    CHECK(q.units[0].outcome == Outcome::carried);
    CHECK(q.units[1].unit == "ifise-4407");
    CHECK(q.units[1].outcome == Outcome::failed);
    // 130 yes to 50 no overall, and still it fails.
    CHECK(q.overall.counts.yes == 130);
    CHECK(q.overall.counts.no == 50);
    CHECK(q.overall.outcome == Outcome::failed);
}

TEST_CASE("a vote by unit carries when every unit carries") {
    Count count = by_units({{"a", votes(10, 5), 20}, {"b", votes(6, 5), 20}});
    CHECK(overall(count, "majority", true).outcome == Outcome::carried);
}

TEST_CASE("a failed unit outweighs an undetermined one") {
    Count count = by_units({{"a", votes(50, 51), 200, 2}, {"b", votes(10, 40), 100}});
    auto decided = decide(count, rule("majority"), true);
    REQUIRE(decided.ok());
    const QuestionDecision& q = decided->front();
    CHECK(q.units[0].outcome == Outcome::undetermined);
    CHECK(q.units[1].outcome == Outcome::failed);
    CHECK(q.overall.outcome == Outcome::failed);
    CHECK_FALSE(q.overall.determinative_challenges);
}

TEST_CASE("an undetermined unit leaves a vote that carries elsewhere undetermined") {
    Count count = by_units({{"a", votes(50, 51), 200, 2}, {"b", votes(40, 10), 100}});
    auto decided = decide(count, rule("majority"), true);
    REQUIRE(decided.ok());
    const QuestionDecision& q = decided->front();
    CHECK(q.units[1].outcome == Outcome::carried);
    CHECK(q.overall.outcome == Outcome::undetermined);
    CHECK(q.overall.determinative_challenges);
}

TEST_CASE("a challenged ballot of unknown unit could be in any unit") {
    // Unit b carries 11 to 10 on its own; a sealed ballot of unknown unit
    // could be a no in b.
    Count count = by_units({{"a", votes(40, 10), 100}, {"b", votes(11, 10), 100}}, 1);
    auto decided = decide(count, rule("majority"), true);
    REQUIRE(decided.ok());
    const QuestionDecision& q = decided->front();
    CHECK(q.units[0].outcome == Outcome::carried);
    CHECK(q.units[0].challenged == 1);
    CHECK(q.units[1].outcome == Outcome::undetermined);
    CHECK(q.overall.outcome == Outcome::undetermined);
}

TEST_CASE("each unit's rule uses that unit's eligible") {
    Count count = by_units({{"a", votes(75, 0), 100}, {"b", votes(74, 0), 100}});
    auto decided = decide(count, rule("chicago-ielra"), true);
    REQUIRE(decided.ok());
    const QuestionDecision& q = decided->front();
    CHECK(q.units[0].eligible == 100);
    CHECK(q.units[0].outcome == Outcome::carried);
    CHECK(q.units[1].outcome == Outcome::failed);
    CHECK(q.overall.eligible == 200);
    CHECK(q.overall.outcome == Outcome::failed);
}

TEST_CASE("without units, the decision has none") {
    auto decided = decide(one_question(votes(3, 1)), rule("majority"), false);
    REQUIRE(decided.ok());
    CHECK(decided->front().units.empty());
    CHECK(decided->front().id == "accept");
}

// ---- errors --------------------------------------------------------------------

TEST_CASE("a rule that needs the eligible is an error without a roster") {
    for (const char* name : {"chicago-ielra", "uk-2016", "uk-2016-ips", "uk-2026", "teamsters-1987", "1/2 of eligible"}) {
        CAPTURE(name);
        auto decided = decide(one_question(votes(10, 1)), rule(name), false);
        REQUIRE_FALSE(decided.ok());
        CHECK(decided.error().message.find("eligible") != std::string::npos);
    }
}

TEST_CASE("a turnout requirement without a roster is an error") {
    Rule r = rule("majority");
    REQUIRE_FALSE(add_turnout(r, "50%").has_value());
    CHECK_FALSE(decide(one_question(votes(10, 1)), r, false).ok());
}

TEST_CASE("a rule that needs the eligible is an error by unit when a unit's eligible is unknown") {
    Count count = by_units({{"a", votes(10, 1), 20}, {"b", votes(10, 1), std::nullopt}});
    count.eligible = 40;  // known overall, say from a roster without that unit
    auto decided = decide(count, rule("uk-2016"), true);
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().message.find("'b'") != std::string::npos);
    // Without --by-unit the overall eligible is enough.
    CHECK(decide(count, rule("uk-2016"), false).ok());
}

TEST_CASE("a rule on valid votes needs no eligible, by unit or not") {
    Count count = by_units({{"a", votes(10, 1), std::nullopt}});
    CHECK(decide(count, rule("majority"), true).ok());
    CHECK(decide(one_question(votes(10, 1)), rule("two-thirds"), false).ok());
}

TEST_CASE("--by-unit without any units is an error") {
    auto decided = decide(one_question(votes(10, 1), 20), rule("majority"), true);
    REQUIRE_FALSE(decided.ok());
    CHECK(decided.error().message.find("--by-unit") != std::string::npos);
}
