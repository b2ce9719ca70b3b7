// The campaign's timeline: every session, offer, vote (at its close) and
// event with its date resolved, in date order.
//
// Relative dates ({after: ID, days: N, business: true}) are resolved here,
// counting business days as Monday to Friday less the campaign's holidays.
// What it must get right: a cycle of relative dates or an anchor with no
// date is an error naming the ids, never a hang or a guess; the order of
// items is stable (date, then time, then file order), so calendars and
// reports come out the same every run.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "campaign/campaign.h"
#include "core/datetime.h"
#include "core/diagnostic.h"

namespace bargain {

struct TimelineItem {
    enum class Kind { session, offer, vote, event };
    Kind kind = Kind::event;
    std::string id;
    std::string title;
    std::string type;  // an event's kind ("picket", "strike"...), else the item kind
    Date date;
    std::optional<std::chrono::minutes> start, end;
    Where where;
    // A vote stands on the day it closes; when voting opens too, its window
    // can be drawn (the chart) or booked (a calendar).
    std::optional<DateTime> opens = {}, closes = {};
    Side side = Side::unstated;  // an offer's: whose offer it is
    // An event's kind, for what reads the timeline to tell a strike from a
    // picket by value (`type` is the same word, for reports to print).
    EventKind event = EventKind::other;
};

struct Timeline {
    std::vector<TimelineItem> items;  // by date, then start time, then file order
    std::optional<Date> contract_expires;  // resolved, when the campaign gives it

    // The item with this id, or nullptr: by the index resolve_timeline()
    // builds once the items are in order (a campaign of ten thousand events
    // must not look each up by walking the others), else item by item.
    const TimelineItem* find(const std::string& id) const;
    void index_by_id();

private:
    std::unordered_map<std::string, size_t> by_id_;
    bool indexed_ = false;
};

struct TimelineLoad {
    Timeline timeline;
    std::vector<Diagnostic> problems;
};

// Writes the dates the timeline resolved back into the campaign: the
// contract's expiry and every vote window written relative to an item, so
// that what reads the campaign (a tally, a calendar) sees dates.
void fill_resolved_dates(Campaign& campaign, const Timeline& timeline);


// `file` names the campaign in diagnostics.
TimelineLoad resolve_timeline(const Campaign& campaign, const std::string& file);

// `n` days after (negative: before) `from`; with `business`, counting only
// Monday to Friday days that are not in `holidays` (sorted, as the campaign
// loader leaves them). Business days take time in the number of holidays
// they pass, not in `n`.
Date add_days(Date from, long long n, bool business, const std::vector<Date>& holidays);

}  // namespace bargain
