// What `bargain check` says of a campaign's votes: for each vote whose
// files are there, every problem `bargain tally --campaign FILE --vote ID`
// would report (the same reader, mappings, refusals and rule, so a
// campaign that checks clean tallies clean); for a vote whose files have
// not come in, a note while its window is open and an error once it has
// closed.
#pragma once

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "core/datetime.h"
#include "core/diagnostic.h"

namespace bargain {

struct VoteCheck {
    std::vector<Diagnostic> problems;  // each once, even when two votes share a file
    std::vector<Diagnostic> notes;     // votes whose files are not there yet
    std::vector<Diagnostic> warnings;  // counted, but worth a look (count_warnings())
    std::vector<std::string> files;    // every ballot, totals and roster file read, each once
};

// `today` decides whether a vote without its files is late: after the day
// its voting closed (in the campaign's zone), it is.
VoteCheck check_votes(const Campaign& campaign, const std::string& file, Date today);

}  // namespace bargain
