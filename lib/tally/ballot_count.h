// Counting a vote from its files: the roster, then every ballot (or
// totals) file in order through one Counter, then the checks that refuse a
// count that cannot be right. `bargain tally`, a notice's vote result and
// `bargain check` all count this way, so they cannot come to different
// numbers, nor one refuse what another reports.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "tally/ballot_reader.h"
#include "tally/export_mapping.h"
#include "tally/tally.h"

namespace bargain {

// A file as it was read, for a report's list of inputs.
struct InputSummary {
    std::string path;
    std::string sha256;
    long long records = 0;  // ballot records, rows of totals, or voters for a roster
    bool yaml = false;
    bool totals = false;      // a vendor's totals, not ballots
    char delimiter = ',';     // CSV
    TextEncoding encoding = TextEncoding::utf8;
    long long empty_rows = 0;  // skipped
};

struct CountRequest {
    TallyOptions options;
    ExportMapping mapping;     // the ballot (or totals) files' columns, answer words, delimiter
    ColumnMap roster_columns;  // the roster's
    std::string roster;        // a path, or "" for none
    std::vector<std::string> ballots;
    std::vector<std::string> totals;  // a vendor's totals, instead of ballots
    // 1 reads, hashes and counts on this thread; 2 or more reads a CSV
    // roster and the CSV ballot files on a second thread while this one
    // enters the roster and counts (ballot_pipeline.h; a YAML file is read
    // here). The count is the same either way.
    int threads = 1;
};

struct CountedFiles {
    Count count;
    std::optional<InputSummary> roster;
    std::vector<InputSummary> inputs;  // one per ballot (or totals) file, in order
    // Counted, but worth a look: many void answers, many records set aside.
    std::vector<Diagnostic> warnings;
};

// The count, or nothing with every problem found in `problems`: a problem
// in a file is located in it; one with the count as a whole (no file names
// the question) has no file, or the place of the mapping that caused it.
std::optional<CountedFiles> count_ballot_files(const CountRequest& request, std::vector<Diagnostic>& problems);

}  // namespace bargain
