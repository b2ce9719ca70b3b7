// The iCalendar format (RFC 5545) as small, separately testable pieces:
// TEXT escaping, line folding, date and time values, and a calendar that
// is built one content line at a time. What the calendar says about a
// campaign is lib/timeline/timeline_ics.cpp's business; this file only makes sure
// that whatever is said is a file Google Calendar, Outlook and the Python
// icalendar library all read the same way:
// - every line ends CRLF, and no physical line is longer than 75 octets,
//   folded without ever splitting a UTF-8 character;
// - a TEXT value's backslash, semicolon, comma and line breaks are escaped,
//   so a unit called "Local 4408; Springfield, IL" stays one value;
// - the output is valid UTF-8 with no control characters, whatever the
//   campaign file held.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/datetime.h"

namespace bargain::ics {

// A TEXT value (RFC 5545 3.3.11): `\`, `;` and `,` escaped with a
// backslash, each line break (CRLF, LF or CR) as `\n`. Other control
// characters, which TEXT may not hold, become spaces; bytes that are not
// UTF-8 become U+FFFD.
std::string text(std::string_view s);

// One content line, folded (RFC 5545 3.1): physical lines of at most 75
// octets, each ending CRLF, continuation lines starting with one space
// (which counts toward their 75). A fold never falls inside a UTF-8
// sequence, so a line may end a few octets short of 75.
std::string fold(std::string_view line);

std::string date_value(Date d);                       // 20200204
std::string local_time_value(Seconds wall);           // 20200204T110000
std::string utc_time_value(Seconds instant);          // 20200204T170000Z
std::string utc_offset_value(std::chrono::seconds o); // -0600, +0530, +005328

// A calendar under construction: content lines in the order they are
// added, each folded as it goes in.
class Calendar {
public:
    void begin(std::string_view component) { property("BEGIN", component); }
    void end(std::string_view component) { property("END", component); }
    // NAME[;PARAM=...]:VALUE with the value as given: for values that are
    // already in their type's form (dates, numbers, fixed words).
    void property(std::string_view name, std::string_view value);
    // A TEXT property: the value escaped.
    void text(std::string_view name, std::string_view value);
    // A VTIMEZONE for `zone`: a STANDARD or DAYLIGHT observance for the
    // offset in force at `from` and for every change up to `to`, each with
    // its onset, offsets and abbreviation, straight from the database (no
    // RRULE to get wrong).
    void time_zone(const Zone& zone, Seconds from, Seconds to);

    const std::string& str() const { return out_; }

private:
    std::string out_;
};

}  // namespace bargain::ics
