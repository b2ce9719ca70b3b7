// The checks that stand between a count and its result. A count from a
// file bargain misread must never be reported as a result: when the
// numbers cannot be right (no ballot's voter is on the roster, a question
// without one valid answer, a mapped column no file has) the count is
// refused with a message that lists what the files hold and the mapping
// that would fix it; when they look wrong (many void answers, many
// records set aside) it is reported with a warning that says why.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "tally/ballot_count.h"
#include "tally/ballot_reader.h"

namespace bargain {

// A ballot (or totals) file as the count read it.
struct ReadFile {
    std::uint32_t index;  // the Counter's, Count::files
    std::string path;
    BallotFileFacts facts;
};

// Adds to `problems` every reason the count cannot be trusted.
void refuse_untrustworthy(const CountRequest& request, const Count& count, const std::vector<ReadFile>& files,
                          std::vector<Diagnostic>& problems);

// Warnings about a count that stands: more than 5% of a question's
// answers void (with the words), more than 5% of records set aside (with
// the statuses), a vote's unit with no eligible voters.
std::vector<Diagnostic> count_warnings(const CountRequest& request, const Count& count,
                                       const std::vector<ReadFile>& files);

// "For: 120, Against: 80, and 3 more": a question's void words with their
// counts, at most `most` of them, of those written on `at_least` ballots.
std::string void_words_text(const Count::Question& q, std::size_t most, long long at_least = 1);

}  // namespace bargain
