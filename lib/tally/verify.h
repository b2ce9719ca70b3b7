// `bargain verify`: a published result recounted from its own files.
//
// A JSON certificate (tally --certificate FILE.json), or a `tally --format
// json` report, records every input with its sha256, the options the count
// was made with (count_options) and every number it published. Verifying
// reads that record back (read_recorded_count), rebuilds the count request
// from it, and compares the recount's numbers with the recorded ones
// (compare_counts); the hashes are checked by the caller, which reads the
// files.
//
// What it must get right: a recount is made exactly as the first count was,
// with no campaign and no option the record does not hold, so a difference
// is a difference in the files; every differing number is named with both
// values; and nothing compared or shown is a ballot's choice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "io/yaml_source.h"
#include "tally/ballot_count.h"
#include "tally/rule.h"
#include "tally/tally_report.h"

namespace bargain {

struct RecordedFile {
    std::string path;  // joined to the root: what to open
    std::string recorded_path;  // as the record names it
    std::string sha256;
    long long records = 0;
    bool roster = false;
};

struct RecordedCount {
    bool certificate = false;  // a certificate, not a tally report
    std::string vote;          // a certificate's vote id, or ""
    std::vector<RecordedFile> files;  // the ballot (or totals) files, then the roster
    // A certificate's audit file (tally --audit), which is no input to the
    // count: its sha256 is checked when the file is there.
    std::optional<RecordedFile> audit;
    CountRequest request;             // as the first count was asked
    Rule rule;
    std::string turnout;  // as recorded ("50%"), or ""
    // The published numbers: received, rejected, challenged, and the
    // questions (a certificate's "result"), as written in the record.
    YamlNode numbers;
};

// Reads a record from the text of `file`. Paths in it are joined to `root`
// (its folder for a certificate, the current folder for a report, unless
// the caller says). Errors: not JSON, not a record bargain wrote, a count
// option bargain cannot count with.
Result<RecordedCount> read_recorded_count(Input& in, const std::string& root);

// The recount: the recorded files counted with the recorded options and
// decided by the recorded rule, as `bargain tally` would. Nothing, with the
// problems, when the files can no longer be counted.
std::optional<TallyReport> recount(const RecordedCount& record, std::vector<Diagnostic>& problems);

// One number the recount disagrees with: "accept: yes", 76, 77.
struct CountDifference {
    std::string what;
    std::string recorded, recount;
};

// Every published number of `recorded` (RecordedCount::numbers) that the
// recount (its tally JSON, read back the same way) does not match.
std::vector<CountDifference> compare_counts(const YamlNode& recorded, const YamlNode& recount);

// A vendor's (or anyone's) published totals for one question:
// "eligible=8434,yes=578,no=131,abstain=114", or a YAML mapping of the same
// keys. The keys are eligible, cast, valid, yes, no, abstain, blank, void.
struct PublishedTotals {
    std::vector<std::pair<std::string, long long>> numbers;  // in the order given
};
Result<PublishedTotals> parse_published_totals(const std::string& text);
Result<PublishedTotals> read_published_totals(Input& in);

// The published totals the question of `recount` (one object of the tally
// JSON's questions) does not match.
std::vector<CountDifference> compare_published(const PublishedTotals& published, const YamlNode& question);

}  // namespace bargain
