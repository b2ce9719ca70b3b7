// Per-unit counts that would tell how people voted. A tally --by-unit of a
// roster with a one-member unit would print "0 yes, 1 no" for it: the
// report would show everyone how that member voted. As election offices do
// with a minimum reporting size, a unit with fewer counted ballots than the
// minimum shows its result (the rule needs every unit's) and not its counts.
//
// Withholding one unit is not enough when the whole vote's counts are
// shown: the whole less the units shown is the withheld unit. So while what
// the units shown leave over would give the withheld ones away (fewer
// ballots than the minimum, or fewer than kUnanimousWarningBelow all of one
// answer), the smallest unit still shown is withheld too. A unit that holds
// every ballot is not withheld: its counts are the whole vote's.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "tally/decision.h"
#include "tally/rule.h"

namespace bargain {

// Below this many ballots a unit whose every ballot gave the same answer is
// worth a warning even when its counts are shown.
inline constexpr long long kUnanimousWarningBelow = 20;

// Marks each unit whose counts no format may show, with why
// (Decision::counts_withheld). A minimum of 0 withholds nothing.
void withhold_small_units(std::vector<QuestionDecision>& questions, long long min_ballots);

// A warning for each unit shown with fewer than kUnanimousWarningBelow
// ballots all of one answer ("every ballot in unit 'x' was no: this report
// shows how each of its 7 voters voted"), and for each withheld unit whose
// result alone gives its counts away (a one-member unit that carried).
std::vector<Diagnostic> unit_secrecy_warnings(const std::vector<QuestionDecision>& questions, const Rule& rule,
                                              long long min_ballots);

// The report's line on small units: what was withheld below how many
// ballots, or that nothing was (with --min-unit-ballots 0).
std::string small_units_policy(long long min_ballots);

}  // namespace bargain
