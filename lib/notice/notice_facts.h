// The facts a notice states, computed from the campaign rather than typed
// into it: how long the union has bargained, how each vote came out and by
// what margin, when the next session is, when the contract expired, when
// the strike begins and how many days away it is.
//
// What it must get right: every fact is as of the day the notice is issued
// (not the day it is rendered: no clock), every vote result comes from the
// ballots through the tally (campaign_vote.h), and the words claim no more
// than the numbers say ("overwhelmingly" only for four in five or more).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/campaign_vote.h"
#include "campaign/constraint_check.h"
#include "campaign/law_preset.h"
#include "campaign/timeline.h"
#include "core/diagnostic.h"

namespace bargain {

struct VoteFacts {
    const Vote* vote = nullptr;
    std::optional<Date> closes;        // the day it closed, in the campaign's time zone
    std::optional<VoteResult> result;  // when its ballots are in
    std::string phrase;  // "rejected the employer's last, best offer by a 2-to-1 margin"; "" without a result
    std::string when;    // "last month": when it closed, as of the issue date; "" without a close
};

// A dated item of the timeline that a notice mentions (the next session,
// the strike, the mediation).
struct DatedFact {
    std::string id, title;
    Date date;
    std::optional<std::chrono::minutes> start, end;
};

struct LawFacts {
    const LawPreset* preset = nullptr;
    LawRules rules;  // the preset's, as amended and as the campaign overrides them
};

struct NoticeFacts {
    const Campaign* campaign = nullptr;
    const Event* event = nullptr;
    // A result notice (`bargain notice CAMPAIGN VOTE-ID`) is for a vote, not
    // an event: the vote, and the event it stands as, on the day it closed,
    // which `event` points to (shared, so the facts can be moved).
    const Vote* result_of = nullptr;
    std::shared_ptr<const Event> result_event;
    DatedFact when;  // the event's own date and times
    Date issued;

    std::optional<Date> first_session;
    long long sessions_held = 0;   // sessions on or before the issue date
    std::string bargaining_span;   // first session to issue date in words; "" without one
    std::optional<DatedFact> next_session;
    std::vector<VoteFacts> votes;  // in campaign order
    std::string votes_sentence;    // "Last month, union members rejected ... and ..."; "" when none counted
    std::optional<DatedFact> strike;     // this event, if a strike, else the first strike on or after it
    std::optional<DatedFact> mediation;  // the latest mediation on or before the issue date
    std::optional<LawFacts> law;
};

// The issue date when --date is not given: a notice to the employer (kind
// notice) is dated the day it is served, the event's own date, because the
// statute counts the notice period from it; any other notice (a media
// advisory) goes out the day before the event.
Date default_issue_date(const Event& event, Date event_date);

// The facts for the event `event_id` of a checked campaign, as of `issued`
// (default_issue_date() when not given), or for its vote of that id (a
// result notice, issued the day the vote closed). Errors: no such event or
// vote, an event without a date, a vote whose ballots cannot be counted or
// are not in yet.
Result<NoticeFacts> gather_notice_facts(const CheckedCampaign& campaign, const std::string& file,
                                        const std::string& event_id, std::optional<Date> issued);

// --- the computations, one by one (tested on their own) ---

// What the members did, as a verb phrase: "rejected the employer's last,
// best offer by a 2-to-1 margin", "overwhelmingly authorized the bargaining
// team to file an intent to strike notice", "unanimously ratified ...".
// The verb and its object come from a question of the form "Do you VERB
// OBJECT?" (accept, approve, ratify, support, endorse, authorize, reject);
// otherwise from the vote's kind (the employer's last, best offer; the
// tentative agreement; a strike; the motion). "overwhelmingly" when the
// winning side has at least four in five valid votes, "unanimously" when
// the other side has none; otherwise the margin.
std::string vote_phrase(const Vote& vote, const VoteResult& result, const Campaign& campaign);

// A month as of `issued`: "this month", "last month", "next month", "in
// December" (within a year), "in December 2018".
std::string month_phrase(Date when, Date issued);

// A day as of `issued`: "today", "tomorrow", "yesterday", "on Tuesday"
// (within a week), "on February 4", "on February 4, 2021" (another year).
std::string day_phrase(Date when, Date issued);

}  // namespace bargain
