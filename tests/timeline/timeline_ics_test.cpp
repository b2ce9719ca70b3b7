// The campaign calendar: the same campaign gives the same UIDs and bytes,
// all-day items are whole days, timed ones are in the campaign's zone, and
// nothing a team writes can break a line or a value.
#include <doctest/doctest.h>

#include <string>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "campaign/timeline.h"
#include "timeline/timeline_ics.h"
#include "timeline/timeline_report.h"

using namespace bargain;
using namespace std::chrono;

namespace {

// The calendar of a campaign written in YAML, stamped 2020-03-01 00:00 UTC.
std::string calendar_of(const std::string& yaml) {
    CampaignLoad load = load_campaign_text("c.yaml", yaml);
    for (const Diagnostic& d : load.problems) INFO(d.located());
    REQUIRE(load.problems.empty());
    TimelineLoad t = resolve_timeline(load.campaign, "c.yaml");
    REQUIRE(t.problems.empty());
    TimelineReport r{load.campaign.info.name, t.timeline.items, {}, std::nullopt};
    return timeline_ics(r, load.campaign, {"9.9.9", Seconds(sys_days(year(2020) / 3 / 1))});
}

bool has(const std::string& calendar, const std::string& lines) { return calendar.find(lines) != std::string::npos; }

}  // namespace

TEST_CASE("a campaign's name becomes the UID's slug") {
    CHECK(calendar_slug("SOS fair contract 2019-20") == "sos-fair-contract-2019-20");
    CHECK(calendar_slug("  Local 4408: Strike!  ") == "local-4408-strike");
    CHECK(calendar_slug("Gr\u00e8ve 2024") == "gr-ve-2024");
    CHECK(calendar_slug("") == "campaign");
    CHECK(calendar_slug("\u00e9\u00e9") == "campaign");
}

TEST_CASE("the default DTSTAMP is the start of the timeline's last day, never the clock") {
    Timeline t;
    CHECK(calendar_stamp(t) == Seconds{});
    TimelineItem a, b;
    a.date = sys_days(year(2020) / 2 / 25);
    b.date = sys_days(year(2019) / 7 / 9);
    t.items = {a, b};
    CHECK(calendar_stamp(t) == Seconds(sys_days(year(2020) / 2 / 25)));
}

TEST_CASE("the calendar opens with its version, product, scale and name, and every line ends CRLF") {
    std::string cal = calendar_of("bargain: 1\ncampaign: {name: 'Fair; contract, now'}\n"
                                  "events: [{id: rally, kind: rally, date: 2020-02-04}]\n");
    CHECK(cal.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bargain//bargain 9.9.9//EN\r\n"
                    "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Fair\\; contract\\, now\r\n",
                    0) == 0);
    CHECK(cal.size() >= 15);
    CHECK(cal.substr(cal.size() - 15) == "END:VCALENDAR\r\n");
    for (size_t i = 0; i < cal.size(); ++i)
        if (cal[i] == '\n') CHECK(cal[i - 1] == '\r');
}

TEST_CASE("an all-day item ends the next day, exclusively; a timed one in UTC is written with Z") {
    std::string cal = calendar_of("bargain: 1\ncampaign: {name: UK ballot}\n"
                                  "events:\n"
                                  "  - {id: notice, kind: notice, date: 2026-03-31}\n"
                                  "  - {id: picket, kind: picket, date: 2026-04-14, start: '06:00', end: '10:00'}\n");
    CHECK(has(cal, "UID:notice@uk-ballot.bargain\r\nDTSTAMP:20200301T000000Z\r\n"
                   "DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\n"));
    CHECK(has(cal, "DTSTART:20260414T060000Z\r\nDTEND:20260414T100000Z\r\n"));
    CHECK_FALSE(has(cal, "VTIMEZONE"));
    CHECK_FALSE(has(cal, "TZID"));
}

TEST_CASE("timed items in a named zone carry its TZID and the calendar its VTIMEZONE") {
    std::string cal = calendar_of("bargain: 1\ncampaign: {name: Chicago, timezone: America/Chicago}\n"
                                  "events:\n"
                                  "  - {id: rally, kind: rally, date: 2020-02-04, start: '11:00', end: '13:30'}\n"
                                  "  - {id: deadline, kind: deadline, date: 2020-06-30}\n");
    CHECK(has(cal, "DTSTART;TZID=America/Chicago:20200204T110000\r\nDTEND;TZID=America/Chicago:20200204T133000\r\n"));
    CHECK(has(cal, "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\nBEGIN:STANDARD\r\nDTSTART:20191103T020000\r\n"));
    CHECK(has(cal, "BEGIN:DAYLIGHT\r\nDTSTART:20200308T020000\r\n"));
    CHECK(has(cal, "DTSTART;VALUE=DATE:20200630\r\n"));
}

TEST_CASE("a time in the spring-forward gap is booked where bargain reads it: moved forward by the gap") {
    std::string cal = calendar_of("bargain: 1\ncampaign: {name: Chicago, timezone: America/Chicago}\n"
                                  "events: [{id: vigil, kind: other, date: 2020-03-08,\n"
                                  "           start: '02:30', end: '04:00'}]\n");
    CHECK(has(cal, "DTSTART;TZID=America/Chicago:20200308T033000\r\nDTEND;TZID=America/Chicago:20200308T040000\r\n"));
}

TEST_CASE("an end before the start is the next morning") {
    std::string cal = calendar_of("bargain: 1\ncampaign: {name: Night}\n"
                                  "events: [{id: vigil, kind: other, date: 2020-03-08,\n"
                                  "           start: '22:00', end: '02:00'}]\n");
    CHECK(has(cal, "DTSTART:20200308T220000Z\r\nDTEND:20200309T020000Z\r\n"));
}

TEST_CASE("a vote is booked over its window; with bare dates over whole days; without an opening at its close") {
    std::string cal = calendar_of(
        "bargain: 1\ncampaign: {name: Votes, timezone: America/Chicago}\n"
        "votes:\n"
        "  - {id: timed, question: 'Accept?', opens: 2020-01-13T07:00, closes: 2020-01-17T19:00}\n"
        "  - {id: utc, question: 'Accept?', opens: 2020-01-13T13:00Z, closes: 2020-01-18T01:00Z}\n"
        "  - {id: days, question: 'Strike?', opens: 2020-01-13, closes: 2020-01-17}\n"
        "  - {id: close, question: 'Ratify?', closes: 2020-02-01T12:00}\n");
    std::string timed = "DTSTART;TZID=America/Chicago:20200113T070000\r\nDTEND;TZID=America/Chicago:20200117T190000\r\n"
                        "SUMMARY:Vote: Accept?\r\n";
    CHECK(has(cal, "UID:timed@votes.bargain\r\nDTSTAMP:20200301T000000Z\r\n" + timed));
    // The same window written in UTC is the same instants.
    CHECK(has(cal, "UID:utc@votes.bargain\r\nDTSTAMP:20200301T000000Z\r\n" + timed));
    CHECK(has(cal, "UID:days@votes.bargain\r\nDTSTAMP:20200301T000000Z\r\n"
                   "DTSTART;VALUE=DATE:20200113\r\nDTEND;VALUE=DATE:20200118\r\nSUMMARY:Vote: Strike?\r\n"));
    CHECK(has(cal, "UID:close@votes.bargain\r\nDTSTAMP:20200301T000000Z\r\n"
                   "DTSTART;TZID=America/Chicago:20200201T120000\r\nSUMMARY:Vote closes: Ratify?\r\n"));
}

TEST_CASE("hostile text stays inside its value: escaped, folded and free of control characters") {
    std::string cal = calendar_of(
        "bargain: 1\ncampaign: {name: x}\n"
        "events:\n"
        "  - id: rally\n"
        "    kind: rally\n"
        "    date: 2020-02-04\n"
        "    title: \"Rally; END:VEVENT\\r\\nBEGIN:VEVENT, \\\\o/\"\n"
        "    locations: [{name: 'Hall, A', city: 'Springfield; IL'}]\n");
    CHECK(has(cal, "SUMMARY:Rally\\; END:VEVENT\\nBEGIN:VEVENT\\, \\\\o/\r\n"));
    CHECK(has(cal, "LOCATION:Hall\\, A\\, Springfield\\; IL\r\n"));
    size_t events = 0;
    const std::string begin = "\r\nBEGIN:VEVENT\r\n";
    for (size_t at = cal.find(begin); at != std::string::npos; at = cal.find(begin, at + 1)) ++events;
    CHECK(events == 1);
}

TEST_CASE("the same campaign gives the same calendar, byte for byte") {
    std::string yaml = "bargain: 1\ncampaign: {name: Same, timezone: Europe/London}\n"
                       "sessions: [{id: s1, date: 2026-03-29, start: '10:00', end: '12:00', location: Hall}]\n";
    CHECK(calendar_of(yaml) == calendar_of(yaml));
    CHECK(has(calendar_of(yaml), "UID:s1@same.bargain\r\n"));
}
