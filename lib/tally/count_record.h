// What shaped a count, recorded in every report so that anyone reading a
// result can see how it was counted: the rule and turnout, the window and
// its zone, the duplicates policy, challenge-unlisted, by-unit, the units,
// the question, the mappings, and how each file was read. A recount with
// other options is then a visible difference, not a silent one.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/document.h"
#include "tally/ballot_count.h"
#include "tally/rule.h"

namespace bargain {

struct CountRecord {
    std::string rule;     // the rule's name (with any turnout clause)
    std::string turnout;  // as given ("50%"), or ""
    std::optional<std::string> opens, closes;  // YYYY-MM-DDTHH:MM as given
    std::string timezone;
    std::string duplicates;  // first or last
    bool challenge_unlisted = false, by_unit = false;
    long long min_unit_ballots = 0;  // with by_unit: fewer counted ballots, counts not shown
    std::vector<std::string> units;
    std::string question;  // "" for every question
    // (column, header) and (word, answer) pairs, in order; empty for none.
    // JSON writes them as objects, so a header holding ", " or "=" reads back whole.
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    Pairs columns, roster_columns, answers;
    std::string delimiter;  // forced, or the delimiters the files turned out to use
    std::string encoding;   // the encodings the files turned out to use
    bool from_totals = false;
    // Where the number eligible comes from: "roster", "eligible" (given as
    // a number, in `eligible`), "members" (the vote's units), or "".
    std::string eligible_from;
    std::optional<long long> eligible;
    // Each unit's head count where the campaign declares one: the eligible
    // without a roster, so a recount (bargain verify) needs no campaign.
    std::vector<std::pair<std::string, long long>> members;
};

CountRecord count_record(const CountRequest& request, const Rule& rule, const std::string& turnout,
                         const std::vector<InputSummary>& inputs);

// JSON/YAML `"count_options"`.
Document count_record_document(const CountRecord& r);
// The text report's "Counted with" block: a heading line, then one
// indented line per option, each ending in a newline.
std::string count_record_text(const CountRecord& r);
// The same options as (label, value) rows, for a table (a certificate's).
std::vector<std::pair<std::string, std::string>> count_record_rows(const CountRecord& r);

}  // namespace bargain
