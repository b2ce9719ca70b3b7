// Calendar dates and times as the spec writes them: `YYYY-MM-DD`, `HH:MM`,
// `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or `+HH:MM` offset.
//
// Parsing is strict (2026-02-30 is not a date, 24:00 is not a time) because a
// ballot window that silently moves by a day changes who gets counted.
// Everything is std::chrono calendar arithmetic: no locale, no clock.
// Time zones come from the operating system's tz database (Debian's tzdata)
// through Howard Hinnant's date library; lib/core/datetime.cpp is the one file
// that touches that library.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bargain {

using Date = std::chrono::sys_days;
using Seconds = std::chrono::sys_seconds;

// The years a date may name. Four digits is what every format we write
// (YYYY-MM-DD, iCalendar's YYYYMMDD) holds, and a year before 1900 in a
// campaign or a ballot is a typo (0206 for 2026), not history.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 9999;
inline constexpr Date kFirstDate = Date(std::chrono::year(kFirstYear) / 1 / 1);
inline constexpr Date kLastDate = Date(std::chrono::year(kLastYear) / 12 / 31);

// A datetime as written: a wall-clock reading, and the UTC offset if the text
// carried one. Without an offset it is local to the campaign's time zone.
struct DateTime {
    Seconds wall;                               // the reading, as if it were UTC
    std::optional<std::chrono::minutes> offset; // from `Z` or `+HH:MM`
    bool has_time = true;                       // false for a bare date
};

// One change of a zone's UTC offset, or (first in a list) the offset in
// force when the list begins.
struct ZoneChange {
    Seconds at;                      // the instant (UTC) the new offset takes effect
    std::chrono::seconds before;     // the offset just before `at`
    std::chrono::seconds after;      // the offset from `at` on
    bool daylight = false;           // `after` is daylight-saving time
    std::string abbreviation;        // of `after`, e.g. CDT
};

struct ZoneRules;  // the database's rules for one zone: lib/core/datetime.cpp

// The time zone that gives wall-clock readings their meaning: UTC, or an
// IANA zone from the operating system's time-zone database (tzdata).
//
// Converting a wall-clock reading to an instant is deterministic on the two
// days a year when it is not one-to-one:
// - a reading in the gap when clocks go forward (02:30 on the night Chicago
//   springs forward) is read with the offset before the change, so it moves
//   forward by the gap: 02:30 CST is 03:30 CDT;
// - a reading that occurs twice when clocks go back (01:30 on the night
//   Chicago falls back) is the earlier of the two instants (01:30 CDT).
// Copies are cheap: a Zone is a name and a pointer to rules that live as
// long as the program.
class Zone {
public:
    static Zone utc() { return Zone("UTC", nullptr); }
    // The zone with this IANA name (America/Chicago). UTC and Etc/UTC need no
    // database. Nothing, with *why set to a message with a "did you mean",
    // when the database has no such zone or there is no database, and with
    // zone_misnomer()'s message for an abbreviation or a fixed offset.
    static std::optional<Zone> named(std::string_view name, std::string* why);

    const std::string& name() const { return name_; }
    // Always UTC+0 (written with Z in calendars), as opposed to a zone that
    // merely is at +0 now and then, like Europe/London.
    bool is_utc() const { return rules_ == nullptr; }

    // The instant a wall-clock reading in this zone names (see above).
    Seconds to_instant(Seconds wall) const;
    // The wall-clock reading in this zone at an instant.
    Seconds to_wall(Seconds instant) const;
    // The UTC offset in force at an instant.
    std::chrono::seconds offset_at(Seconds instant) const;
    // The offset in force at `from` (its `at` is when it began, or `from`
    // itself for a zone that has never changed), then every change after
    // `from` up to and including `to`.
    std::vector<ZoneChange> changes(Seconds from, Seconds to) const;

private:
    Zone(std::string name, const ZoneRules* rules) : name_(std::move(name)), rules_(rules) {}
    std::string name_;
    const ZoneRules* rules_;  // nullptr: UTC
};

// Why `name` is not a zone a campaign should use although it looks like one
// (and the database may even have it): an abbreviation (EST, CDT, BST, CET,
// IST), GMT, or a fixed offset (GMT-6, UTC+01:00, Etc/GMT+6, whose POSIX
// sign is inverted). None has the place's summer time, so events in a
// calendar would move by an hour for half the year. The message says which
// IANA zone to write instead; "" for any other name.
std::string zone_misnomer(std::string_view name);

// The instant a DateTime names, in UTC: by its own offset when it has one,
// else as a wall-clock reading in `zone`.
Seconds to_instant(const DateTime& dt, const Zone& zone);

// Parsers return nothing and set *why (a short phrase for an error message)
// when the text is not a valid value.
std::optional<Date> parse_date(std::string_view text, std::string* why);
std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text, std::string* why);
// Accepts a bare date too (has_time false); `T` or one space between date and time.
std::optional<DateTime> parse_datetime(std::string_view text, std::string* why);

std::string format_date(Date d);  // YYYY-MM-DD

// The English names, the one table of them: spelt out here, never taken
// from a locale, so a date reads the same on every machine. Reports
// abbreviate them to their first three letters ("Feb", "Tue").
std::string_view month_name(std::chrono::month m);      // "February"
std::string_view weekday_name(std::chrono::weekday d);  // "Tuesday"
// As it was written: 2026-03-05, 2026-03-05T17:00, 2026-03-05T17:00-05:00, and to the
// second when it has seconds (2026-03-05T17:00:30), so it parses back to the same instant.
std::string format_datetime(const DateTime& dt);

// `n` calendar months after `d`, on the same day of the month or, when the
// month is shorter, its last day: 31 August + 6 months is 28 February.
Date add_months(Date d, long long n);

// Whole seconds since 1970-01-01 00:00 UTC, as SOURCE_DATE_EPOCH gives a
// build's time: digits only, up to the end of year 9999.
std::optional<Seconds> parse_epoch_seconds(std::string_view text, std::string* why);

}  // namespace bargain
