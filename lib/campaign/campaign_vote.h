// A campaign vote's result, counted from the files the campaign names,
// through the same reader, counter, checks and rule as `bargain tally
// --campaign FILE --vote ID`, so that a notice quoting "rejected by a
// 2-to-1 margin" can never disagree with the tally, and `bargain check`
// refuses what the tally would refuse.
//
// What it must get right: a vote whose ballots have not come in yet has no
// result (a notice then says nothing about it), but a vote whose ballot
// files are only partly there is an error: half a count must never be
// announced as the result.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "core/diagnostic.h"
#include "tally/ballot_count.h"
#include "tally/decision.h"
#include "tally/rule.h"
#include "tally/tally.h"

namespace bargain {

struct VoteResult {
    Rule rule;
    QuestionDecision decision;  // the vote's question (its ballot column), overall
    std::vector<Diagnostic> warnings;  // the count's (count_warnings())
};

// How the campaign says to count the vote: its files (resolved), roster,
// column, mappings, window in the campaign's time zone, units with their
// head counts, and its eligible. One place, so that `tally --campaign`, a
// notice's result and `check` count the same way.
CountRequest vote_count_request(const Campaign& campaign, const Vote& vote);

// The vote's ballot or totals files, resolved, split into those that exist
// and those that do not (yet).
struct VoteFiles {
    std::vector<std::string> present, missing;
};
VoteFiles vote_files(const Campaign& campaign, const Vote& vote);

// The vote counted as its campaign says, with its rule. Nothing when none
// of its files exists yet. `file` names the campaign in messages about the
// vote itself. Every problem goes to `problems` (and nothing comes back).
std::optional<VoteResult> tally_campaign_vote(const Campaign& campaign, const Vote& vote, const std::string& file,
                                              std::vector<Diagnostic>& problems);

}  // namespace bargain
