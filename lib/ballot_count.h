// Counting a vote from its files: the roster, then every ballot file in
// order through one Counter. `bargain tally` and a notice's vote result
// both count this way, so they cannot come to different numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "tally.h"

namespace bargain {

// A file as it was read, for a report's list of inputs.
struct InputSummary {
    std::string path;
    std::string sha256;
    long long records = 0;  // ballot records, or voters for a roster
};

struct CountedFiles {
    Count count;
    std::optional<InputSummary> roster;
    std::vector<InputSummary> inputs;  // one per ballot file, in order
};

// `roster` is a path, or "" for none. A problem with a file is located in
// it; a problem with the count as a whole (no ballot file names the
// question) has no file.
Result<CountedFiles> count_ballot_files(const TallyOptions& options, const std::string& roster,
                                        const std::vector<std::string>& ballots);

}  // namespace bargain
