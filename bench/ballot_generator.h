// Synthetic ballot files for the tally benchmark: a roster and one CSV
// ballot export shaped like what an e-voting vendor sends after a
// ratification vote, at any size.
//
// What it must get right:
// - Determinism. The same (records, seed) writes the same bytes, so numbers
//   measured on two machines or two commits are about the same input.
// - Known answers. The generator knows what a correct tally of its files is
//   (duplicates, voters not on the roster, the counted answers), so the
//   benchmark can refuse to report the speed of a wrong result.
// - Speed. Ten million rows must not take longer to write than to count:
//   rows are formatted by hand into a large buffer and written with write(2).
#pragma once

#include <cstdint>
#include <string>

namespace bargain::bench {

struct GeneratorOptions {
    std::uint64_t records = 0;  // ballot records to write
    std::uint64_t seed = 1;
};

// Answer tallies for one question, over the records a correct tally counts.
struct ExpectedAnswers {
    std::uint64_t yes = 0, no = 0, abstain = 0, blank = 0;
};

// What `bargain tally ballots.csv --roster roster.csv` (duplicates: first)
// must report for the generated files.
struct Expected {
    std::uint64_t records = 0;        // "received"
    std::uint64_t roster_voters = 0;  // "roster"."voters", the eligible count
    std::uint64_t duplicate = 0;      // a voter's second and later records
    std::uint64_t not_on_roster = 0;  // first records of voters not on the roster
    std::uint64_t counted = 0;        // first records of voters on the roster
    ExpectedAnswers accept, strike;
    std::uint64_t ballot_bytes = 0, roster_bytes = 0;
};

// Writes DIR/roster.csv and DIR/ballots.csv (each through a temporary file
// renamed into place). Returns false and sets *error when a file cannot be
// written.
bool generate_ballots(const GeneratorOptions& options, const std::string& dir, Expected* expected,
                      std::string* error);

}  // namespace bargain::bench
