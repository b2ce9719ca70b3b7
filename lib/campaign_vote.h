// A campaign vote's result, counted from the ballot files the campaign
// names, through the same reader, counter and rule as `bargain tally
// --campaign FILE --vote ID`, so that a notice quoting "rejected by a
// 2-to-1 margin" can never disagree with the tally.
//
// What it must get right: a vote whose ballots have not come in yet has no
// result (a notice then says nothing about it), but a vote whose ballot
// files are only partly there is an error: half a count must never be
// announced as the result.
#pragma once

#include <optional>
#include <string>

#include "campaign.h"
#include "decision.h"
#include "diagnostic.h"
#include "rule.h"
#include "tally.h"

namespace bargain {

struct VoteResult {
    Rule rule;
    QuestionDecision decision;  // the vote's question (its ballot column), overall
};

// How the campaign says to count the vote: its window, the campaign's time
// zone, its ballot column and its units with their head counts. One place,
// so that `tally --campaign` and a notice's result count the same way.
TallyOptions vote_tally_options(const Campaign& campaign, const Vote& vote);

// The vote counted with its campaign's defaults: its ballots, roster,
// column, window, units and rule (majority when it names none), in the
// campaign's time zone. Nothing when none of its ballot files exists.
// `file` names the campaign in messages about the vote itself.
Result<std::optional<VoteResult>> tally_campaign_vote(const Campaign& campaign, const Vote& vote,
                                                      const std::string& file);

}  // namespace bargain
