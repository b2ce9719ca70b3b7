// Reads the totals an e-voting service publishes instead of ballots: one row
// per question, option (and unit), with the votes it got. Each row reaches
// the tally as a SiteReturn, exactly as a YAML ballot file's paper
// `returns:` do, so rules, units and reports work on totals unchanged.
//
// CSV (what the vendors export; columns mapped as for ballots):
//
//   question,option,votes,unit        Percentage, Rank... are ignored
//   accept,Yes,120,local-1
//
// or YAML (what a person copies from a published PDF):
//
//   bargain: 1
//   questions: {accept: Do you accept the offer?}     # optional
//   totals:
//     - {question: accept, option: "Yes", votes: 120, unit: local-1}
//
// What this must get right: a totals file is already a sum, so reading it
// wrong turns straight into a wrong result. Nothing is guessed. An option
// that is not an answer is refused (with the mapping that would fix it),
// never counted as void; a votes cell is a whole number or an error (a
// comma or a point could be a thousands or a decimal separator, so neither
// is read); a row listed twice is refused rather than added (it could be
// counted twice), and so are the rows a spreadsheet adds to sum the others
// (an option or unit "Total", a row without a unit among rows with one).
// Every count and every sum stays within kMaxTotalVotes, so no addition
// here or in the tally after it can overflow.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "io/file_format.h"
#include "io/input.h"
#include "io/text_source.h"
#include "tally/ballot_reader.h"
#include "tally/export_mapping.h"

namespace bargain {

// The most votes one row may have, and the most all the rows of one
// question in one file may add up to: far above any electorate, far below
// what a long long holds (so the tally can add thousands of such files).
inline constexpr long long kMaxTotalVotes = 1'000'000'000'000'000;

struct TotalsReadOptions {
    // Columns (question, option, votes, unit), answer words and a forced
    // delimiter. Null: the default names, the built-in words, sniffing.
    const ExportMapping* mapping = nullptr;
};

// What the report's list of inputs and its "count options" say of the file.
struct TotalsFacts {
    FileFormat format = FileFormat::csv;
    long long rows = 0;        // rows (YAML: entries) of totals read
    long long empty_rows = 0;  // CSV rows whose every cell is empty, and blank lines: skipped
    char delimiter = ',';      // CSV: as sniffed or forced
    TextEncoding encoding = TextEncoding::utf8;
    std::vector<std::string> header;  // CSV: the header cells, trimmed of blanks; YAML: empty
};

// Reads every row of `in` into `sink`, one SiteReturn per row (unit as in
// the file or empty; site empty), skipping questions for which
// sink.question() says kSkipQuestion (their rows are still checked).
// `file` is the input's index in the tally, for symmetry with
// read_ballots(); a SiteReturn does not carry it (the Counter names the
// file through begin_file()). The first problem, the reader's or a row the
// sink refused, ends the reading and is the result.
Result<TotalsFacts> read_totals(Input& in, std::uint32_t file, const TotalsReadOptions& options, BallotSink& sink);

}  // namespace bargain
