#include "io/ics.h"

#include "core/utf8.h"

#include <fmt/format.h>

namespace bargain::ics {

namespace {

using namespace std::chrono;

constexpr size_t kLineOctets = 75;

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::string text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        switch (c) {
            case '\\': out += "\\\\"; ++i; continue;
            case ';': out += "\\;"; ++i; continue;
            case ',': out += "\\,"; ++i; continue;
            case '\r':
                out += "\\n";
                i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
                continue;
            case '\n': out += "\\n"; ++i; continue;
            case '\t': out += '\t'; ++i; continue;
            default: break;
        }
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            out += ' ';
            ++i;
        } else if (size_t n = utf8_length(s, i)) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += kUtf8Replacement;
            ++i;
        }
    }
    return out;
}

std::string fold(std::string_view line) {
    std::string out;
    out.reserve(line.size() + line.size() / 24 + 2);
    size_t room = kLineOctets;  // the first line has all 75; the others 74 after their space
    while (line.size() > room) {
        size_t cut = room;
        // Back up to the start of a character; a UTF-8 character is at most
        // four octets, so at most three steps (more would be bad input,
        // which text() never produces: cut anyway).
        for (size_t step = 0; step < 3 && cut > 1 && continuation(static_cast<unsigned char>(line[cut])); ++step) --cut;
        if (continuation(static_cast<unsigned char>(line[cut]))) cut = room;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        room = kLineOctets - 1;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string date_value(Date d) {
    year_month_day ymd(d);
    return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

std::string local_time_value(Seconds wall) {
    Date day = floor<days>(wall);
    hh_mm_ss<seconds> t(wall - Seconds(day));
    return fmt::format("{}T{:02}{:02}{:02}", date_value(day), t.hours().count(), t.minutes().count(),
                       t.seconds().count());
}

std::string utc_time_value(Seconds instant) { return local_time_value(instant) + "Z"; }

std::string utc_offset_value(seconds o) {
    // RFC 5545 3.3.14: "-0000" is not allowed; zero is +0000.
    char sign = o < seconds(0) ? '-' : '+';
    hh_mm_ss<seconds> t(o < seconds(0) ? -o : o);
    std::string out = fmt::format("{}{:02}{:02}", sign, t.hours().count(), t.minutes().count());
    if (t.seconds().count() != 0) out += fmt::format("{:02}", t.seconds().count());
    return out;
}

void Calendar::property(std::string_view name, std::string_view value) {
    std::string line;
    line.reserve(name.size() + 1 + value.size());
    line.append(name);
    line += ':';
    line.append(value);
    out_ += fold(line);
}

void Calendar::text(std::string_view name, std::string_view value) { property(name, ics::text(value)); }

void Calendar::time_zone(const Zone& zone, Seconds from, Seconds to) {
    begin("VTIMEZONE");
    property("TZID", zone.name());
    for (const ZoneChange& c : zone.changes(from, to)) {
        const char* kind = c.daylight ? "DAYLIGHT" : "STANDARD";
        begin(kind);
        // The onset as a wall clock read it just before the change.
        property("DTSTART", local_time_value(c.at + c.before));
        property("TZOFFSETFROM", utc_offset_value(c.before));
        property("TZOFFSETTO", utc_offset_value(c.after));
        if (!c.abbreviation.empty()) text("TZNAME", c.abbreviation);
        end(kind);
    }
    end("VTIMEZONE");
}

}  // namespace bargain::ics
