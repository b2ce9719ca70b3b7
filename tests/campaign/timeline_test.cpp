// The timeline: relative dates resolved (calendar and business days), the
// order of items, and the errors a campaign can make with its dates.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::day;

namespace {


TimelineLoad timeline_of(const std::string& yaml) {
    CampaignLoad c = load_campaign_text("campaign.yaml", yaml);
    REQUIRE(c.problems.empty());
    return resolve_timeline(c.campaign, "campaign.yaml");
}

std::string dated(const TimelineLoad& t, const char* id) {
    const TimelineItem* item = t.timeline.find(id);
    return item ? format_date(item->date) : "(none)";
}

}  // namespace

TEST_CASE("business days skip weekends and the campaign's holidays") {
    std::vector<Date> holidays = {day("2020-02-17")};
    // Friday 2020-02-14 + 1 business day is Tuesday the 18th (Monday is a holiday).
    CHECK(add_days(day("2020-02-14"), 1, true, holidays) == day("2020-02-18"));
    CHECK(add_days(day("2020-02-14"), 1, false, holidays) == day("2020-02-15"));
    CHECK(add_days(day("2020-02-18"), -1, true, holidays) == day("2020-02-14"));
    CHECK(add_days(day("2020-02-14"), 0, true, holidays) == day("2020-02-14"));
    CHECK(add_days(day("2020-02-14"), 10, true, {}) == day("2020-02-28"));
}

TEST_CASE("business days counted by jumps agree with counting them one day at a time") {
    // The plain way, as a reference: step a day, count it if it is a
    // weekday and not a holiday.
    auto one_by_one = [](Date d, long long n, const std::vector<Date>& holidays) {
        long long step = n < 0 ? -1 : 1;
        for (long long left = n < 0 ? -n : n; left > 0;) {
            d += std::chrono::days(step);
            std::chrono::weekday w(d);
            if (w != std::chrono::Saturday && w != std::chrono::Sunday &&
                !std::binary_search(holidays.begin(), holidays.end(), d))
                --left;
        }
        return d;
    };
    std::mt19937 random(20261123);
    Date base = day("2026-01-01");
    for (int round = 0; round < 2000; ++round) {
        std::vector<Date> holidays;
        int count = static_cast<int>(random() % 40);
        // Some years sparse, some with runs of holidays, weekends included.
        int spread = round % 3 == 0 ? 60 : 800;
        for (int i = 0; i < count; ++i) holidays.push_back(base + std::chrono::days(static_cast<int>(random() % spread)));
        std::sort(holidays.begin(), holidays.end());
        holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
        Date from = base + std::chrono::days(static_cast<int>(random() % 400));
        long long n = static_cast<long long>(random() % 601) - 300;
        INFO(format_date(from) << " + " << n << " business days, " << holidays.size() << " holidays");
        CHECK(add_days(from, n, true, holidays) == one_by_one(from, n, holidays));
    }
}

TEST_CASE("the SOS campaign resolves the intent notice and the strike from the next session") {
    CampaignLoad c = load_campaign_text("campaign.yaml", R"(bargain: 1
campaign: {name: SOS, holidays: [2020-01-20, 2020-02-17]}
sessions:
  - {id: s1, date: 2019-07-09, start: "10:00", end: "15:00", location: Howlett Building}
votes:
  - {id: lbo-vote, question: "Accept?", opens: 2020-01-13T07:00, closes: 2020-01-17T19:00}
events:
  - {id: next-session, kind: deadline, title: Next bargaining session, date: 2020-02-14}
  - {id: intent-notice, kind: notice, type: intent-to-strike, date: {after: next-session, days: 1}}
  - {id: strike, kind: strike, date: {after: intent-notice, days: 10}}
  - {id: reminder, kind: meeting, title: Reminder, date: {before: strike, days: 2, business: true}}
)");
    REQUIRE(c.problems.empty());
    TimelineLoad t = resolve_timeline(c.campaign, "campaign.yaml");
    CHECK(t.problems.empty());
    CHECK(dated(t, "intent-notice") == "2020-02-15");
    CHECK(dated(t, "strike") == "2020-02-25");
    CHECK(dated(t, "reminder") == "2020-02-21");
    CHECK(dated(t, "lbo-vote") == "2020-01-17");
    // In date order: the session, the vote, then the events.
    REQUIRE(t.timeline.items.size() == 6);
    CHECK(t.timeline.items[0].id == "s1");
    CHECK(t.timeline.items[1].id == "lbo-vote");
    CHECK(t.timeline.items[5].id == "strike");
}

TEST_CASE("items on the same day keep their times, then their order in the file") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign: {name: Same day}
events:
  - {id: late, kind: rally, date: 2020-03-01, start: "18:00"}
  - {id: allday, kind: deadline, date: 2020-03-01}
  - {id: early, kind: picket, date: 2020-03-01, start: "07:00"}
  - {id: allday2, kind: deadline, date: 2020-03-01}
)");
    REQUIRE(t.timeline.items.size() == 4);
    CHECK(t.timeline.items[0].id == "allday");
    CHECK(t.timeline.items[1].id == "allday2");
    CHECK(t.timeline.items[2].id == "early");
    CHECK(t.timeline.items[3].id == "late");
}

TEST_CASE("dates that count from one another in a circle are an error naming the circle") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign: {name: Circle}
events:
  - {id: a, kind: notice, date: {after: b, days: 1}}
  - {id: b, kind: strike, date: {after: a, days: 1}}
  - {id: c, kind: rally, date: {after: b, days: 1}}
)");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].message == "these dates count from one another in a circle: a -> b -> a");
    CHECK(t.problems[0].line == 5);
    CHECK(t.timeline.find("c") == nullptr);
}

TEST_CASE("counting from an item that has no date is an error") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign: {name: No date}
votes:
  - {id: v, question: "Accept?"}
events:
  - {id: e, kind: rally, date: {after: v, days: 3}}
)");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].message == "'e' counts from 'v', which has no date");
}

TEST_CASE("a relative date too far away is an error, not a long loop") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign: {name: Far}
events:
  - {id: a, kind: rally, date: 2020-01-01}
  - {id: b, kind: rally, date: {after: a, days: 100000000, business: true}}
)");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].message == "more than 36600 days away");
}

TEST_CASE("a relative date past year 9999 or before 1900 is an error at that date") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign: {name: Edges}
events:
  - {id: late, kind: rally, date: 9999-12-01}
  - {id: later, kind: rally, date: {after: late, days: 31}}
  - {id: early, kind: rally, date: 1900-01-10}
  - {id: earlier, kind: rally, date: {before: early, days: 10, business: true}}
  - {id: last, kind: rally, date: {after: late, days: 30}}
)");
    REQUIRE(t.problems.size() == 2);
    CHECK(t.problems[0].located() == "campaign.yaml:5:36: this date falls outside the years 1900 to 9999");
    CHECK(t.problems[1].located() == "campaign.yaml:7:38: this date falls outside the years 1900 to 9999");
    CHECK(dated(t, "last") == "9999-12-31");
}

TEST_CASE("the contract's expiry may count from an item, and items from it") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign:
  name: Expiry
  contract_expires: {after: ta, days: 1095}
offers:
  - {id: ta, side: employer, date: 2026-06-30, wages: [3]}
events:
  - {id: bargaining-notice, kind: notice, date: {before: contract_expires, days: 60}}
)");
    CHECK(t.problems.empty());
    REQUIRE(t.timeline.contract_expires.has_value());
    CHECK(format_date(*t.timeline.contract_expires) == "2029-06-29");
    CHECK(dated(t, "bargaining-notice") == "2029-04-30");
    // The expiry is an anchor, not an item on the timeline.
    CHECK(t.timeline.items.size() == 2);
    CHECK(t.timeline.find("contract_expires") == nullptr);
}

TEST_CASE("counting from contract_expires when the campaign gives none is an error at the date") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign: {name: No expiry}
events:
  - {id: notice, kind: notice, date: {before: contract_expires, days: 60}}
)");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].located() ==
          "campaign.yaml:4:38: 'notice' counts from contract_expires, but the campaign gives no contract_expires");
}

TEST_CASE("a circle through the contract's expiry is named") {
    TimelineLoad t = timeline_of(R"(bargain: 1
campaign:
  name: Circle
  contract_expires: {after: notice, days: 60}
events:
  - {id: notice, kind: notice, date: {before: contract_expires, days: 60}}
)");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].message ==
          "these dates count from one another in a circle: contract_expires -> notice -> contract_expires");
}

TEST_CASE("a vote's window may count from an item, with a time of day") {
    CampaignLoad c = load_campaign_text("campaign.yaml", R"(bargain: 1
campaign: {name: Window, holidays: [2026-07-03]}
offers:
  - {id: ta, side: employer, date: 2026-06-30, wages: [3]}
votes:
  - id: ratify
    question: Ratify?
    opens: {after: ta, days: 2, time: "07:00"}
    closes: {after: ta, days: 5, business: true, time: "19:00"}
  - {id: day-only, question: Q, opens: {after: ta, days: 1}, closes: {after: ratify, days: 1}}
)");
    REQUIRE(c.problems.empty());
    TimelineLoad t = resolve_timeline(c.campaign, "campaign.yaml");
    CHECK(t.problems.empty());
    // Five business days after Tuesday 2026-06-30, past the Friday holiday.
    CHECK(dated(t, "ratify") == "2026-07-08");
    fill_resolved_dates(c.campaign, t.timeline);
    const Vote& ratify = c.campaign.votes[0];
    REQUIRE(ratify.opens.has_value());
    REQUIRE(ratify.closes.has_value());
    CHECK(ratify.opens->wall == Seconds(day("2026-07-02")) + std::chrono::hours(7));
    CHECK(ratify.opens->has_time);
    CHECK_FALSE(ratify.opens->offset.has_value());
    CHECK(ratify.closes->wall == Seconds(day("2026-07-08")) + std::chrono::hours(19));
    const Vote& day_only = c.campaign.votes[1];
    REQUIRE(day_only.closes.has_value());
    CHECK(day_only.closes->wall == Seconds(day("2026-07-09")));
    CHECK_FALSE(day_only.closes->has_time);
    CHECK_FALSE(day_only.opens->has_time);
}
