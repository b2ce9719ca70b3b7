// The campaign's timeline as an iCalendar file (`bargain timeline --format
// ics`), the calendar CI publishes for members and staff to subscribe to.
//
// What it must get right:
// - Stable: the same campaign gives the same bytes. Each event's UID is
//   its item id at a slug of the campaign's name (lbo-vote@sos-fair-
//   contract-2019-20.bargain), so a re-published calendar updates events
//   instead of duplicating them; DTSTAMP and LAST-MODIFIED never come from
//   the clock, and an event's SEQUENCE changes exactly when what members
//   see of it does (it is derived from that), so phones take the update.
// - A vote's window is TRANSP:TRANSPARENT: time to vote in, not busy time.
// - Right in every client: timed items in the campaign's zone with a
//   VTIMEZONE drawn from the tz database (or in UTC with Z), all-day items
//   as VALUE=DATE with an exclusive end.
#pragma once

#include <string>
#include <string_view>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "timeline/timeline_report.h"

namespace bargain {

struct CalendarOptions {
    std::string version;  // bargain's, for PRODID
    Seconds stamp;        // every event's DTSTAMP
};

// The DTSTAMP when the user gives none (SOURCE_DATE_EPOCH): 00:00 UTC on
// the latest date on the campaign's whole timeline, so it moves only when
// the campaign does; 1970-01-01 for a timeline with no dates.
Seconds calendar_stamp(const Timeline& timeline);

// The campaign's name for UIDs: ASCII letters and digits in lower case,
// every other run of characters one hyphen; "campaign" if nothing is left.
std::string calendar_slug(std::string_view name);

// One VEVENT per item of the report (sessions, offers, votes, events), in
// its order; the campaign supplies the details (locations, what/who/why,
// vote windows, proposals). Violations go in as X-BARGAIN-VIOLATION
// properties of the calendar, which clients ignore and scripts can read.
std::string timeline_ics(const TimelineReport& r, const Campaign& c, const CalendarOptions& o);

}  // namespace bargain
