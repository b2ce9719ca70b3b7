// Calendar dates and times as the spec writes them: `YYYY-MM-DD`, `HH:MM`,
// `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or `+HH:MM` offset.
//
// Parsing is strict (2026-02-30 is not a date, 24:00 is not a time) because a
// ballot window that silently moves by a day changes who gets counted.
// Everything is std::chrono calendar arithmetic: no locale, no clock.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace bargain {

using Date = std::chrono::sys_days;
using Seconds = std::chrono::sys_seconds;

// A datetime as written: a wall-clock reading, and the UTC offset if the text
// carried one. Without an offset it is local to the campaign's time zone.
struct DateTime {
    Seconds wall;                               // the reading, as if it were UTC
    std::optional<std::chrono::minutes> offset; // from `Z` or `+HH:MM`
    bool has_time = true;                       // false for a bare date
};

// The time zone that gives wall-clock readings their meaning.
//
// lib/ has no time-zone database yet: a campaign's named zone (America/
// Chicago) is carried by name, and its wall-clock readings are compared
// with one another as they are, which is exact. What cannot be done yet is
// comparing them with a reading that carries its own UTC offset; callers
// check knows_offsets() and refuse that mix.
class Zone {
public:
    static Zone utc() { return Zone("UTC"); }
    static Zone named(std::string name) { return Zone(std::move(name)); }
    const std::string& name() const { return name_; }
    bool knows_offsets() const { return name_ == "UTC" || name_ == "Etc/UTC"; }
    // The offset from UTC of a wall-clock reading in this zone (0 where unknown).
    std::chrono::minutes offset_at(Seconds /*wall*/) const { return std::chrono::minutes(0); }

private:
    explicit Zone(std::string name) : name_(std::move(name)) {}
    std::string name_;
};

// The instant a DateTime names, in UTC.
Seconds to_instant(const DateTime& dt, const Zone& zone);

// Parsers return nothing and set *why (a short phrase for an error message)
// when the text is not a valid value.
std::optional<Date> parse_date(std::string_view text, std::string* why);
std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text, std::string* why);
// Accepts a bare date too (has_time false); `T` or one space between date and time.
std::optional<DateTime> parse_datetime(std::string_view text, std::string* why);

std::string format_date(Date d);  // YYYY-MM-DD

}  // namespace bargain
