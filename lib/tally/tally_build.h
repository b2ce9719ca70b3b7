// A tally's report built from its counted files: the rule applied to each
// question (and unit), the counts of units too small to show withheld
// (unit_secrecy.h), and the warnings that go with them. `bargain tally` and
// `bargain verify`'s recount build it this one way, so that neither can
// show a unit's counts the other withholds.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "tally/ballot_count.h"
#include "tally/rule.h"
#include "tally/tally_report.h"

namespace bargain {

// Fails as decide() does: the rule needs the number eligible and it is not
// known. `turnout` is the turnout clause as written, for the count's record.
Result<TallyReport> build_tally_report(CountedFiles counted, const CountRequest& request, const Rule& rule,
                                       const std::string& turnout);

}  // namespace bargain
