// Per-unit counts that would tell how people voted: a unit with fewer
// ballots than the minimum shows its result and not its counts, and so
// does any unit whose counts would give a withheld one away by subtraction
// from the whole vote's.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tally/unit_secrecy.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::rule;
using bargain::test::votes;

namespace {

// One question counted by unit, each unit with its answers; `no_unit`
// ballots are in the whole vote but in no unit.
QuestionDecision by_units(const std::vector<std::pair<std::string, AnswerCounts>>& units,
                          AnswerCounts no_unit = {}) {
    Count count;
    Count::Question q;
    q.id = "accept";
    q.no_unit = no_unit;
    for (const auto& [name, counts] : units) {
        count.units.push_back(name);
        q.by_unit.push_back(counts);
        count.eligible_by_unit.push_back(std::nullopt);
        count.challenged_by_unit.push_back(0);
    }
    count.questions.push_back(q);
    auto decided = decide(count, rule("majority"), true);
    REQUIRE(decided.ok());
    return decided->front();
}

// The units whose counts are withheld, by name.
std::vector<std::string> withheld(QuestionDecision q, long long min_ballots) {
    std::vector<QuestionDecision> questions{std::move(q)};
    withhold_small_units(questions, min_ballots);
    std::vector<std::string> out;
    for (const Decision& u : questions.front().units)
        if (u.counts_withheld) out.push_back(u.unit);
    return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("a one-member unit's counts are withheld, and so are those that would give it away") {
    // The whole vote is 6 yes, 3 no: showing "big" (6 yes, 2 no) beside it
    // would show that small's one member voted no.
    QuestionDecision q = by_units({{"big", votes(6, 2)}, {"small", votes(0, 1)}});
    CHECK(withheld(q, 5) == Names{"big", "small"});
    std::vector<QuestionDecision> questions{q};
    withhold_small_units(questions, 5);
    const Decision& small = questions.front().units[1];
    REQUIRE(small.counts_withheld);
    CHECK(*small.counts_withheld == "fewer than 5 ballots: counts not shown, to keep the ballot secret");
    CHECK(small.outcome == Outcome::failed);  // its result is still the rule's
    const Decision& big = questions.front().units[0];
    REQUIRE(big.counts_withheld);
    CHECK(*big.counts_withheld == "counts not shown: shown with the whole vote's, they would give away those of 'small' by subtraction");
}

TEST_CASE("the minimum is a count of ballots: one fewer is withheld, exactly the minimum is shown") {
    QuestionDecision q = by_units({{"a", votes(3, 2)}, {"b", votes(2, 2)}, {"c", votes(40, 30)}, {"d", votes(20, 10)}});
    // b has 4 of 5: withheld; the rest of the whole vote (4) is under 5, so
    // the smallest shown unit (a, 5 ballots) goes too; then 9 are left over.
    CHECK(withheld(q, 5) == Names{"a", "b"});
    CHECK(withheld(q, 4) == Names{});
    CHECK(withheld(q, 0) == Names{});
}

TEST_CASE("withheld units that hold enough ballots between them need no other withheld") {
    QuestionDecision q = by_units({{"a", votes(2, 1)}, {"b", votes(1, 2)}, {"c", votes(40, 30)}});
    CHECK(withheld(q, 5) == Names{"a", "b"});  // 6 left over: as many as a unit shown may have
}

TEST_CASE("a unit with no ballots is withheld, and gives nothing away") {
    QuestionDecision q = by_units({{"a", votes(0, 0)}, {"b", votes(40, 30)}});
    CHECK(withheld(q, 5) == Names{"a"});
}

TEST_CASE("ballots of no known unit are part of what subtraction would show") {
    // a (2 ballots) is withheld; with 1 ballot of no known unit the whole
    // less b is 3 ballots, still under 5: b is withheld too.
    QuestionDecision q = by_units({{"a", votes(1, 1)}, {"b", votes(40, 30)}}, votes(0, 1));
    CHECK(withheld(q, 5) == Names{"a", "b"});
    // With none withheld, ballots of no known unit alone withhold nothing.
    CHECK(withheld(by_units({{"b", votes(40, 30)}}, votes(0, 1)), 5) == Names{});
}

TEST_CASE("of two units shown with equally few ballots, the later is withheld") {
    QuestionDecision q = by_units({{"a", votes(1, 0)}, {"b", votes(5, 5)}, {"c", votes(5, 5)}, {"d", votes(50, 5)}});
    CHECK(withheld(q, 5) == Names{"a", "c"});
}

TEST_CASE("a unanimous unit shown with fewer than 20 ballots is a warning") {
    std::vector<QuestionDecision> questions{
        by_units({{"dispatch", votes(0, 7)}, {"yard", votes(19, 0)}, {"stores", votes(20, 0)}, {"shop", votes(6, 1)}})};
    withhold_small_units(questions, 5);
    auto warnings = unit_secrecy_warnings(questions, rule("majority"), 5);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message ==
          "every ballot in unit 'dispatch' was no: this report shows how each of its 7 voters voted; publish the "
          "whole vote's count only, or give --min-unit-ballots 8 (a vote's min_unit_ballots:) to withhold its counts");
    CHECK(warnings[1].message.find("unit 'yard' was yes") != std::string::npos);
}

TEST_CASE("a withheld unit is never warned about, since the warning would say what its counts are") {
    std::vector<QuestionDecision> questions{by_units({{"one", votes(0, 1)}, {"many", votes(30, 30)}})};
    withhold_small_units(questions, 5);
    CHECK(unit_secrecy_warnings(questions, rule("majority"), 5).empty());
    // Shown with --min-unit-ballots 0, its one ballot is a warning.
    std::vector<QuestionDecision> shown{by_units({{"one", votes(0, 1)}, {"many", votes(30, 30)}})};
    auto warnings = unit_secrecy_warnings(shown, rule("majority"), 0);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.find("shows how its one voter voted") != std::string::npos);
    CHECK(warnings[0].message.find("--min-unit-ballots 2") != std::string::npos);
}

TEST_CASE("what the report says about small units") {
    CHECK(small_units_policy(5) == "a unit with fewer than 5 ballots shows its result, not its counts, to keep the "
                                   "ballot secret");
    CHECK(small_units_policy(0).find("every unit's counts shown (--min-unit-ballots 0)") == 0);
}

TEST_CASE("withheld units must not give away together what they hide one by one: few ballots all of one answer") {
    // c (2 no) is withheld; a (6 no) is the smallest shown, and withheld for
    // c's sake; then the whole less b is 8 ballots all no, which would say
    // how each of a's and c's voters voted: b is withheld too.
    QuestionDecision q = by_units({{"a", votes(0, 6)}, {"b", votes(5, 2)}, {"c", votes(0, 2)}});
    CHECK(withheld(q, 5) == Names{"a", "b", "c"});
    // Not all of one answer, they stay as they are.
    CHECK(withheld(by_units({{"a", votes(1, 5)}, {"b", votes(5, 2)}, {"c", votes(0, 2)}}), 5) == Names{"a", "c"});
}

TEST_CASE("a unit that holds every ballot is not withheld: its counts are the whole vote's") {
    CHECK(withheld(by_units({{"x", votes(1, 2)}}), 5) == Names{});
    CHECK(withheld(by_units({{"x", votes(1, 2)}, {"y", votes(0, 0)}}), 5) == Names{"y"});
}

TEST_CASE("a withheld unit whose result gives its counts away is a warning") {
    auto unit = [](AnswerCounts c, long long eligible, long long challenged = 0) {
        Count count;
        Count::Question q;
        q.id = "accept";
        count.units = {"stores", "shop"};
        q.by_unit = {c, votes(30, 20)};
        count.eligible_by_unit = {eligible, 60};
        count.challenged_by_unit = {challenged, 0};
        count.challenged = challenged;
        count.eligible = eligible + 60;
        count.questions.push_back(q);
        auto decided = decide(count, rule("majority"), true);
        REQUIRE(decided.ok());
        std::vector<QuestionDecision> questions = *decided;
        withhold_small_units(questions, 5);
        return unit_secrecy_warnings(questions, rule("majority"), 5);
    };
    // One member, who voted yes: "carried" can only mean that.
    auto carried = unit(votes(1, 0), 1);
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].message == "unit 'stores': its counts are not shown, but its result (carried) shows that every "
                                "ballot in it was yes: only that count gives this result under the rule, and the vote "
                                "needs every unit's result");
    // One member who voted no: "failed" fits no vote at all, a no, an abstention.
    CHECK(unit(votes(0, 1), 1).empty());
    // Two members, one yes and one no, and a challenged ballot that could
    // decide it: "undetermined" fits no ballot at all too, and 1 yes alone.
    CHECK(unit(votes(1, 1), 2, 1).empty());
    // Four of forty eligible: many counts give "carried".
    CHECK(unit(votes(3, 1), 40).empty());
}
