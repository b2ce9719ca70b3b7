// The tally's report in each output format. All of them read one
// TallyReport, so the numbers in the text a team pastes into a members'
// update are the numbers in the JSON that CI archives.
//
// No format ever shows a choice next to a voter: counts are per question
// (and unit), and the audit lists set-aside records by file, line, voter,
// serial and status only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tally/ballot_count.h"
#include "tally/count_record.h"
#include "tally/decision.h"
#include "tally/rule.h"
#include "tally/tally.h"

namespace bargain {

struct TallyReport {
    std::vector<InputSummary> inputs;
    std::optional<InputSummary> roster;
    Count count;
    Rule rule;
    bool by_unit = false;
    std::vector<QuestionDecision> questions;
    CountRecord options;  // what shaped the count
    // Counted, but worth a look (count_warnings()): every format lists them.
    std::vector<Diagnostic> warnings;
};

std::string tally_text(const TallyReport& r);
// The JSON and YAML report as one tree (tally_json() writes it), which the
// certificate takes its numbers from, so they are the report's to the byte.
Document tally_document(const TallyReport& r);
std::string tally_markdown(const TallyReport& r);
std::string tally_json(const TallyReport& r);
std::string tally_yaml(const TallyReport& r);
std::string tally_csv(const TallyReport& r);
// file,line,voter,ballot,status for every record not counted.
std::string tally_audit(const TallyReport& r);
// A bar chart of each question's answers.
std::string tally_chart_svg(const TallyReport& r);

// Cast of eligible: "91%", or to a tenth ("49.9%") when the rule has a
// turnout threshold, so that 499 of 1000 never reads as the 50% it fell
// short of. "" when the number eligible is not known.
std::string turnout_percent(const AnswerCounts& counts, std::optional<long long> eligible, const Rule& rule);

// The one-line result a members' update can quote: "rejected by a 2-to-1
// margin (152 no, 76 yes), 91% turnout".
std::string result_sentence(const Decision& d, const Rule& rule);

// The same for a question; with --by-unit it names the units that decided it.
std::string question_sentence(const QuestionDecision& q, const Rule& rule);

}  // namespace bargain
