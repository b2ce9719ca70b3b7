#include "tally/tally_build.h"

#include "tally/count_record.h"
#include "tally/decision.h"
#include "tally/unit_secrecy.h"

namespace bargain {

Result<TallyReport> build_tally_report(CountedFiles counted, const CountRequest& request, const Rule& rule,
                                       const std::string& turnout) {
    TallyReport out;
    out.rule = rule;
    out.by_unit = request.options.by_unit;
    out.roster = std::move(counted.roster);
    out.inputs = std::move(counted.inputs);
    out.count = std::move(counted.count);
    out.warnings = std::move(counted.warnings);
    out.options = count_record(request, rule, turnout, out.inputs);
    auto decisions = decide(out.count, out.rule, out.by_unit);
    if (!decisions) return decisions.error();
    out.questions = std::move(*decisions);
    withhold_small_units(out.questions, request.options.min_unit_ballots);
    for (Diagnostic& w : unit_secrecy_warnings(out.questions, rule, request.options.min_unit_ballots))
        out.warnings.push_back(std::move(w));
    return out;
}

}  // namespace bargain
