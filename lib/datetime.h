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

// The time zone that gives wall-clock readings their meaning. Only UTC and
// fixed offsets are known to lib/ so far.
class Zone {
public:
    static Zone utc() { return Zone(); }
    const std::string& name() const { return name_; }
    // The offset from UTC of a wall-clock reading in this zone.
    std::chrono::minutes offset_at(Seconds /*wall*/) const { return std::chrono::minutes(0); }

private:
    std::string name_ = "UTC";
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
