// Reads ballot files, CSV or YAML, one record at a time, and hands each to a
// BallotSink (the tally). Nothing here decides what a record's status is;
// it only reads what the file says, and says exactly where the file is wrong.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

#include "ballot.h"
#include "diagnostic.h"
#include "input.h"

namespace bargain {

inline constexpr std::uint32_t kSkipQuestion = std::numeric_limits<std::uint32_t>::max();

class BallotSink {
public:
    virtual ~BallotSink() = default;
    // The tally's index for question `id`, or kSkipQuestion when it is not
    // being tallied (`--question` names another).
    virtual std::uint32_t question(std::string_view id) = 0;
    virtual void question_text(std::uint32_t question, std::string_view text) = 0;
    // May throw InputError; the reader turns it into its Diagnostic.
    virtual void ballot(const BallotRecord& record) = 0;
    // Several ballots in file order, as ballot() one by one would take them.
    // A sink may override this to overlap the memory look-ups of a batch (a
    // big tally waits on memory, not on parsing).
    virtual void ballots(std::span<const BallotRecord> batch) {
        for (const BallotRecord& r : batch) ballot(r);
    }
    virtual void site_return(const SiteReturn& counts) = 0;
};

// Reads every record of `in` into `sink` and returns the number of ballot
// records read (site returns are not records).
Result<long long> read_ballots(Input& in, std::uint32_t file, BallotSink& sink);

}  // namespace bargain
