#include "datetime.h"

#include <cstdio>

namespace bargain {
namespace {

using namespace std::chrono;

// Reads exactly `width` digits at text[pos]; false if any is not a digit.
bool digits(std::string_view text, size_t pos, size_t width, int* out) {
    if (pos + width > text.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + width; ++i) {
        char c = text[i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

bool fail(std::string* why, const char* message) {
    if (why) *why = message;
    return false;
}

bool read_date(std::string_view text, Date* out, std::string* why) {
    int y, m, d;
    if (text.size() != 10 || !digits(text, 0, 4, &y) || text[4] != '-' || !digits(text, 5, 2, &m) ||
        text[7] != '-' || !digits(text, 8, 2, &d))
        return fail(why, "expected a date as YYYY-MM-DD");
    year_month_day ymd{year(y), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d))};
    if (!ymd.ok()) return fail(why, "no such date");
    *out = sys_days(ymd);
    return true;
}

// HH:MM or HH:MM:SS
bool read_time(std::string_view text, seconds* out, std::string* why) {
    int h, m, s = 0;
    bool shape = (text.size() == 5 || text.size() == 8) && digits(text, 0, 2, &h) && text[2] == ':' &&
                 digits(text, 3, 2, &m) &&
                 (text.size() == 5 || (text[5] == ':' && digits(text, 6, 2, &s)));
    if (!shape) return fail(why, "expected a time as HH:MM (24-hour)");
    if (h > 23 || m > 59 || s > 59) return fail(why, "no such time of day");
    *out = hours(h) + minutes(m) + seconds(s);
    return true;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text, std::string* why) {
    Date d;
    if (!read_date(text, &d, why)) return std::nullopt;
    return d;
}

std::optional<minutes> parse_time_of_day(std::string_view text, std::string* why) {
    seconds s;
    if (text.size() != 5) {
        fail(why, "expected a time as HH:MM (24-hour)");
        return std::nullopt;
    }
    if (!read_time(text, &s, why)) return std::nullopt;
    return duration_cast<minutes>(s);
}

std::optional<DateTime> parse_datetime(std::string_view text, std::string* why) {
    const char* shape =
        "expected a date and time as YYYY-MM-DDTHH:MM[:SS] (optionally with Z or +HH:MM), or a date as YYYY-MM-DD";
    Date date;
    if (text.size() == 10) {
        if (!read_date(text, &date, why)) {
            if (why && *why != "no such date") *why = shape;
            return std::nullopt;
        }
        return DateTime{Seconds(date), std::nullopt, false};
    }
    if (text.size() < 16 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) {
        fail(why, shape);
        return std::nullopt;
    }
    if (!read_date(text.substr(0, 10), &date, why)) return std::nullopt;

    // The time runs to the first Z, + or - after it (position 5 or 8 when
    // the text is well formed: look there first, this runs once a ballot).
    std::string_view rest = text.substr(11);
    auto zone_char = [&](size_t i) {
        char c = rest[i];
        return c == 'Z' || c == 'z' || c == '+' || c == '-';
    };
    size_t zone_at = rest.size() > 5 && zone_char(5)   ? 5
                     : rest.size() > 8 && zone_char(8) ? 8
                     : rest.size() == 5 || rest.size() == 8 ? std::string_view::npos
                                                           : rest.find_first_of("Zz+-");
    std::string_view clock = rest.substr(0, zone_at);
    seconds tod;
    if (!read_time(clock, &tod, why)) return std::nullopt;

    DateTime out{Seconds(date) + tod, std::nullopt, true};
    if (zone_at == std::string_view::npos) return out;

    std::string_view zone = rest.substr(zone_at);
    if (zone == "Z" || zone == "z") {
        out.offset = minutes(0);
        return out;
    }
    int oh, om;
    bool ok = (zone[0] == '+' || zone[0] == '-') &&
              ((zone.size() == 6 && digits(zone, 1, 2, &oh) && zone[3] == ':' && digits(zone, 4, 2, &om)) ||
              (zone.size() == 5 && digits(zone, 1, 2, &oh) && digits(zone, 3, 2, &om)) ||
              (zone.size() == 3 && digits(zone, 1, 2, &oh) && (om = 0, true)));
    if (!ok) {
        fail(why, shape);
        return std::nullopt;
    }
    if (oh > 18 || om > 59) {
        fail(why, "no such UTC offset");
        return std::nullopt;
    }
    minutes offset = hours(oh) + minutes(om);
    out.offset = zone[0] == '-' ? -offset : offset;
    return out;
}

Seconds to_instant(const DateTime& dt, const Zone& zone) {
    minutes offset = dt.offset ? *dt.offset : zone.offset_at(dt.wall);
    return dt.wall - offset;
}

std::string format_date(Date d) {
    year_month_day ymd(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

}  // namespace bargain
