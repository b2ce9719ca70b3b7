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
    CHECK(big.counts_withheld->find("by subtraction, the counts of 'small'") != std::string::npos);
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
    auto warnings = unanimous_unit_warnings(questions, 5);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message ==
          "every ballot in unit 'dispatch' was no: this report shows how each of its 7 voters voted; publish the "
          "whole vote's count only, or give --min-unit-ballots 8 (a vote's min_unit_ballots:) to withhold its counts");
    CHECK(warnings[1].message.find("unit 'yard' was yes") != std::string::npos);
}

TEST_CASE("a withheld unit is never warned about, since the warning would say what its counts are") {
    std::vector<QuestionDecision> questions{by_units({{"one", votes(0, 1)}, {"many", votes(30, 30)}})};
    withhold_small_units(questions, 5);
    CHECK(unanimous_unit_warnings(questions, 5).empty());
    // Shown with --min-unit-ballots 0, its one ballot is a warning.
    std::vector<QuestionDecision> shown{by_units({{"one", votes(0, 1)}, {"many", votes(30, 30)}})};
    auto warnings = unanimous_unit_warnings(shown, 0);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.find("shows how its one voter voted") != std::string::npos);
    CHECK(warnings[0].message.find("--min-unit-ballots 2") != std::string::npos);
}

TEST_CASE("what the report says about small units") {
    CHECK(small_units_policy(5) == "a unit with fewer than 5 ballots shows its result, not its counts, to keep the "
                                   "ballot secret");
    CHECK(small_units_policy(0).find("every unit's counts shown (--min-unit-ballots 0)") == 0);
}
