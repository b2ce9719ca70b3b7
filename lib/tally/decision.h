// Applying the rule to the counts: carried, failed or undetermined, per
// question (and per unit with --by-unit), and the margin in the words a
// members' update uses ("a 2-to-1 margin").
//
// Challenged ballots stay sealed. They make a result undetermined when
// counting all of them as yes, or all of them as no (each also adding one
// to the eligible, since none is on the roster), would change it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "tally/ballot.h"
#include "tally/rule.h"
#include "tally/tally.h"

namespace bargain {

enum class Outcome { carried, failed, undetermined };
const char* outcome_name(Outcome o);  // "carried", "failed", "undetermined"

struct Decision {
    std::string unit;  // empty for a question's overall decision
    std::optional<long long> eligible;
    AnswerCounts counts;
    long long challenged = 0;
    Outcome outcome = Outcome::failed;
    bool determinative_challenges = false;
    // Why no format shows this unit's counts (unit_secrecy.h), or nothing.
    // Its result is still shown, since the rule needs every unit's; its
    // numbers stay here only so that the rule could be applied to them.
    std::optional<std::string> counts_withheld;
};

struct QuestionDecision {
    std::string id;
    std::string text;
    Decision overall;
    std::vector<Decision> units;  // with --by-unit
};

// The numbers a decision was judged on; and the same with its challenged
// ballots all counted yes (or all no), each also one more eligible since
// none is on the roster: the two counts that say whether the challenges are
// determinative.
Totals decision_totals(const Decision& d);
Totals with_challenged(const Decision& d, bool as_yes);

// The rule applied to one set of counts: carried, failed, or undetermined
// when the challenged ballots could change it.
Decision judge(const Rule& rule, std::string unit, const AnswerCounts& counts, std::optional<long long> eligible,
               long long challenged);

// Fails when the rule needs the number of eligible voters and it is unknown.
Result<std::vector<QuestionDecision>> decide(const Count& count, const Rule& rule, bool by_unit);

// "2-to-1", "1.4-to-1": the larger of a and b over the smaller, to the nearest
// whole number when within 0.05 of it, else to one decimal. Nothing when
// either is 0.
std::optional<std::string> margin(long long a, long long b);

// part/whole rounded half up to `decimals` places, as text ("91.0", "0.9098").
std::string ratio_text(long long part, long long whole, int decimals);

}  // namespace bargain
