// The parsers, and the one adapter to the time-zone database: only this
// file includes <date/tz.h> (Howard Hinnant's date library, built by Debian
// to read the operating system's zoneinfo files, USE_OS_TZDB). Its
// exceptions stop here: a zone that cannot be found or read is a message.
#include "core/datetime.h"

#include <date/tz.h>

#include <cstdio>
#include <map>
#include <mutex>

#include "core/suggest.h"
#include "core/text.h"

namespace bargain {

// The database's rules for one zone. date::time_zone objects live as long
// as the program, so a pointer to one can be shared by every copy of a Zone.
struct ZoneRules {
    const date::time_zone* zone;
};

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
    if (y < kFirstYear) return fail(why, "expected a year from 1900 to 9999");
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

Date add_months(Date d, long long n) {
    year_month_day moved = year_month_day(d) + months(n);
    if (!moved.ok()) moved = moved.year() / moved.month() / last;
    return Date(moved);
}

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
    return dt.offset ? dt.wall - *dt.offset : zone.to_instant(dt.wall);
}

namespace {

// Names in the zoneinfo directory that are not zones of their own: copies
// of this machine's zone, which would make a campaign mean different
// instants on different machines.
bool machine_specific(std::string_view name) { return name == "localtime" || name == "posixrules"; }

// Names that look like time zones and are not the zone of a place: an
// abbreviation (EST, CDT, BST) or a fixed offset (GMT-6, UTC+01:00,
// Etc/GMT+6). Even where the database has such a name (EST is a fixed
// UTC-5), it has no summer time, or the wrong one, and a calendar on
// members' phones would put summer events an hour off. Each is refused with
// the zone of the place to write instead.
struct Abbreviation {
    std::string_view names;  // space-separated, upper case; matched in any case
    enum Season { winter, summer, all_year } season;
    std::string_view zone;   // what to write instead, as the message says it
};

constexpr Abbreviation kAbbreviations[] = {
    {"EST", Abbreviation::winter, "America/New_York"},
    {"EDT", Abbreviation::summer, "America/New_York"},
    {"ET", Abbreviation::all_year, "America/New_York"},
    {"CST", Abbreviation::winter, "America/Chicago (Asia/Shanghai for China)"},
    {"CDT", Abbreviation::summer, "America/Chicago"},
    {"CT", Abbreviation::all_year, "America/Chicago"},
    {"MST", Abbreviation::winter, "America/Denver (America/Phoenix for Arizona, which keeps MST all year)"},
    {"MDT", Abbreviation::summer, "America/Denver"},
    {"MT", Abbreviation::all_year, "America/Denver (America/Phoenix for Arizona)"},
    {"PST", Abbreviation::winter, "America/Los_Angeles"},
    {"PDT", Abbreviation::summer, "America/Los_Angeles"},
    {"PT", Abbreviation::all_year, "America/Los_Angeles"},
    {"AKST", Abbreviation::winter, "America/Anchorage"},
    {"AKDT", Abbreviation::summer, "America/Anchorage"},
    {"HST HDT", Abbreviation::all_year, "Pacific/Honolulu"},
    {"AST", Abbreviation::winter, "America/Halifax (America/Puerto_Rico, which keeps AST all year)"},
    {"ADT", Abbreviation::summer, "America/Halifax"},
    {"NST", Abbreviation::winter, "America/St_Johns"},
    {"NDT", Abbreviation::summer, "America/St_Johns"},
    {"BST", Abbreviation::summer, "Europe/London"},
    {"IST", Abbreviation::all_year, "Asia/Kolkata (India), Europe/Dublin (Ireland) or Asia/Jerusalem (Israel)"},
    {"WET", Abbreviation::all_year, "Europe/Lisbon"},
    {"WEST", Abbreviation::summer, "Europe/Lisbon"},
    {"CET MET", Abbreviation::all_year, "the zone of the place, such as Europe/Paris or Europe/Berlin"},
    {"CEST MEST", Abbreviation::summer, "the zone of the place, such as Europe/Paris or Europe/Berlin"},
    {"EET", Abbreviation::all_year, "the zone of the place, such as Europe/Athens or Europe/Helsinki"},
    {"EEST", Abbreviation::summer, "the zone of the place, such as Europe/Athens or Europe/Helsinki"},
    {"SAST", Abbreviation::all_year, "Africa/Johannesburg"},
    {"JST", Abbreviation::all_year, "Asia/Tokyo"},
    {"KST", Abbreviation::all_year, "Asia/Seoul"},
    {"AEST", Abbreviation::winter, "Australia/Sydney (Australia/Brisbane for Queensland, which keeps AEST all year)"},
    {"AEDT", Abbreviation::summer, "Australia/Sydney"},
    {"ACST", Abbreviation::winter, "Australia/Adelaide (Australia/Darwin for the Northern Territory)"},
    {"ACDT", Abbreviation::summer, "Australia/Adelaide"},
    {"AWST", Abbreviation::all_year, "Australia/Perth"},
    {"NZST", Abbreviation::winter, "Pacific/Auckland"},
    {"NZDT", Abbreviation::summer, "Pacific/Auckland"},
};

bool listed(std::string_view names, std::string_view name) {
    while (!names.empty()) {
        size_t space = names.find(' ');
        if (equals_lower(name, ascii_lower(names.substr(0, space)))) return true;
        if (space == std::string_view::npos) break;
        names.remove_prefix(space + 1);
    }
    return false;
}

// A zone of the place for a fixed offset, by the standard (winter) offset
// of a place that uses it: a start, not a guess to trust blindly. "" when
// no well-known place has that offset.
std::string_view example_zone(int minutes_east) {
    static constexpr std::pair<int, std::string_view> kExamples[] = {
        {-600, "Pacific/Honolulu"}, {-540, "America/Anchorage"}, {-480, "America/Los_Angeles"},
        {-420, "America/Denver"},   {-360, "America/Chicago"},   {-300, "America/New_York"},
        {-240, "America/Halifax"},  {-210, "America/St_Johns"},  {-180, "America/Sao_Paulo"},
        {0, "Europe/London"},       {60, "Europe/Paris"},        {120, "Europe/Athens"},
        {180, "Europe/Moscow"},     {240, "Asia/Dubai"},         {300, "Asia/Karachi"},
        {330, "Asia/Kolkata"},      {345, "Asia/Kathmandu"},     {360, "Asia/Dhaka"},
        {420, "Asia/Bangkok"},      {480, "Asia/Shanghai"},      {540, "Asia/Tokyo"},
        {570, "Australia/Adelaide"}, {600, "Australia/Sydney"},  {720, "Pacific/Auckland"},
    };
    for (const auto& [offset, zone] : kExamples)
        if (offset == minutes_east) return zone;
    return "";
}

// GMT-6, UTC+5, UTC+01:00, +0530, Etc/GMT+6: the offset east of UTC in
// minutes, with *posix set for the Etc/GMT form, whose sign is inverted.
std::optional<int> fixed_offset(std::string_view name, bool* posix) {
    *posix = false;
    std::string upper = ascii_upper(name);
    std::string_view rest = upper;
    for (std::string_view prefix : {"ETC/GMT", "ETC/UTC", "GMT", "UTC", "UT"})
        if (rest.substr(0, prefix.size()) == prefix) {
            *posix = prefix == "ETC/GMT";
            rest.remove_prefix(prefix.size());
            break;
        }
    if (rest.empty() || (rest[0] != '+' && rest[0] != '-')) return std::nullopt;
    int sign = rest[0] == '-' ? -1 : 1;
    rest.remove_prefix(1);
    int h = 0, m = 0;
    bool ok = (rest.size() == 1 && digits(rest, 0, 1, &h)) || (rest.size() == 2 && digits(rest, 0, 2, &h)) ||
              (rest.size() == 4 && digits(rest, 0, 2, &h) && digits(rest, 2, 2, &m)) ||
              (rest.size() == 5 && digits(rest, 0, 2, &h) && rest[2] == ':' && digits(rest, 3, 2, &m)) ||
              (rest.size() == 4 && digits(rest, 0, 1, &h) && rest[1] == ':' && digits(rest, 2, 2, &m));
    if (!ok || h > 18 || m > 59) return std::nullopt;
    int east = sign * (h * 60 + m);
    return *posix ? -east : east;
}

std::string utc_offset_text(int minutes_east) {
    int a = minutes_east < 0 ? -minutes_east : minutes_east;
    std::string out = std::string("UTC") + (minutes_east < 0 ? "-" : "+") + std::to_string(a / 60);
    if (a % 60) out += (a % 60 < 10 ? ":0" : ":") + std::to_string(a % 60);
    return out;
}

}  // namespace

std::string zone_misnomer(std::string_view name) {
    std::string quoted = "'" + std::string(name) + "'";
    for (const Abbreviation& a : kAbbreviations) {
        if (!listed(a.names, name)) continue;
        std::string why = quoted + " is an abbreviation, not a time zone";
        if (a.season == Abbreviation::winter)
            why += ": it names only the winter offset, so summer events would be an hour off";
        else if (a.season == Abbreviation::summer)
            why += ": it names only the summer offset, so winter events would be an hour off";
        return why + "; write " + std::string(a.zone);
    }
    for (std::string_view gmt : {"GMT", "GMT0", "GMT+0", "GMT-0", "ETC/GMT", "ETC/GMT0", "ETC/GMT+0", "ETC/GMT-0",
                                 "GREENWICH", "ETC/GREENWICH"})
        if (equals_lower(name, ascii_lower(gmt)))
            return quoted + " is Greenwich Mean Time all year, with no British Summer Time, so summer events in the "
                            "UK would be an hour off; write Europe/London for UK time, or UTC for a time that never "
                            "changes";
    bool posix = false;
    if (auto east = fixed_offset(name, &posix)) {
        std::string offset = utc_offset_text(*east);
        std::string why = posix ? quoted + " is a fixed offset whose POSIX sign is inverted: it is " + offset +
                                      ", not " + utc_offset_text(-*east) + ". A fixed offset"
                                : quoted + " is a fixed offset (" + offset + "), not a time zone: it";
        why += " has no summer time, so events would be an hour off for half the year where clocks change; ";
        if (*east == 0)
            return why + "write UTC for a time that never changes, or the zone of the place, such as Europe/London";
        std::string_view example = example_zone(*east);
        if (example.empty()) return why + "write the zone of the place, as Region/City";
        return why + "write the zone of the place, such as " + std::string(example);
    }
    if (equals_lower(name, "factory"))
        return quoted + " is the database's placeholder for a zone not yet set; write the zone of the place, such as "
                        "America/Chicago";
    return "";
}

namespace {

// Zone names for a "did you mean": the closest by edit distance, else one
// whose last part matches what was written, ignoring case and with spaces
// for underscores ("chicago" or "new york").
std::string suggestion(std::string_view written, const date::tzdb& db) {
    if (written.empty()) return "";
    std::vector<std::string> names;
    names.reserve(db.zones.size());
    for (const date::time_zone& z : db.zones)
        if (!machine_specific(z.name()) && zone_misnomer(z.name()).empty()) names.push_back(z.name());
    std::string near = did_you_mean(written, names);
    if (!near.empty()) return near;
    std::string wanted;
    for (char c : written) wanted += c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (const std::string& name : names) {
        size_t slash = name.rfind('/');
        std::string_view last = std::string_view(name).substr(slash == std::string::npos ? 0 : slash + 1);
        if (equals_lower(last, wanted)) return " (did you mean '" + name + "'?)";
    }
    return "";
}

// The years before the first year AD stand for "since time began" in the
// date library (it reports a zone's first offset as starting in -32767).
constexpr Seconds kLongAgo = Seconds(sys_days(year(1) / January / 1));

}  // namespace

std::optional<Zone> Zone::named(std::string_view name, std::string* why) {
    if (name == "UTC" || name == "Etc/UTC") return Zone(std::string(name), nullptr);
    auto fail_with = [&](std::string message) -> std::optional<Zone> {
        if (why) *why = std::move(message);
        return std::nullopt;
    };
    if (std::string misnomer = zone_misnomer(name); !misnomer.empty()) return fail_with(std::move(misnomer));
    std::string quoted = "'" + std::string(name) + "'";
    const date::tzdb* db = nullptr;
    try {
        db = &date::get_tzdb();
    } catch (const std::exception&) {
        return fail_with("there is no time-zone database to look up " + quoted +
                         " in (install the tzdata package), so only UTC can be used");
    }
    const date::time_zone* found = nullptr;
    if (!machine_specific(name)) {
        try {
            found = date::locate_zone(name);
            // Reads the zone's file now, so that a damaged one is this
            // message rather than an exception in the middle of a report.
            found->get_info(Seconds{});
        } catch (const std::exception&) {
            found = nullptr;
        }
    }
    if (!found) return fail_with("no time zone " + quoted + " in the time-zone database" + suggestion(name, *db));

    static std::mutex lock;
    static std::map<std::string, ZoneRules, std::less<>> rules;
    std::lock_guard<std::mutex> hold(lock);
    auto it = rules.try_emplace(std::string(name), ZoneRules{found}).first;
    return Zone(it->first, &it->second);
}

Seconds Zone::to_instant(Seconds wall) const {
    if (!rules_) return wall;
    // In a gap `first` is the offset before the change, and of two readings
    // `first` is the earlier: one rule gives both documented answers.
    date::local_info info = rules_->zone->get_info(date::local_seconds(wall.time_since_epoch()));
    return wall - info.first.offset;
}

Seconds Zone::to_wall(Seconds instant) const { return instant + offset_at(instant); }

seconds Zone::offset_at(Seconds instant) const {
    if (!rules_) return seconds(0);
    return rules_->zone->get_info(instant).offset;
}

std::vector<ZoneChange> Zone::changes(Seconds from, Seconds to) const {
    if (!rules_) return {ZoneChange{from, seconds(0), seconds(0), false, "UTC"}};
    const date::time_zone& zone = *rules_->zone;
    date::sys_info info = zone.get_info(from);
    std::vector<ZoneChange> out;
    if (info.begin < kLongAgo)
        out.push_back({from, info.offset, info.offset, info.save != minutes(0), info.abbrev});
    else
        out.push_back({info.begin, zone.get_info(info.begin - seconds(1)).offset, info.offset,
                       info.save != minutes(0), info.abbrev});
    while (info.end <= to) {
        date::sys_info next = zone.get_info(info.end);
        if (next.begin <= info.begin) break;  // never happens; never loops either
        out.push_back({next.begin, info.offset, next.offset, next.save != minutes(0), next.abbrev});
        info = next;
    }
    return out;
}

std::optional<Seconds> parse_epoch_seconds(std::string_view text, std::string* why) {
    // 10000-01-01T00:00:00Z: four-digit years are what every format here writes.
    constexpr long long kEnd = 253402300800;
    long long v = 0;
    bool ok = !text.empty() && text.size() <= 12;  // 12 digits cannot overflow
    for (size_t i = 0; ok && i < text.size(); ++i) {
        ok = text[i] >= '0' && text[i] <= '9';
        v = v * 10 + (text[i] - '0');
    }
    if (!ok || v >= kEnd) {
        fail(why, "expected whole seconds since 1970-01-01 00:00 UTC (at most 253402300799)");
        return std::nullopt;
    }
    return Seconds(seconds(v));
}

std::string format_date(Date d) {
    year_month_day ymd(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::string_view month_name(std::chrono::month m) {
    static constexpr std::string_view names[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
    return names[(static_cast<unsigned>(m) + 11) % 12];
}

std::string_view weekday_name(std::chrono::weekday d) {
    static constexpr std::string_view names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                 "Thursday", "Friday", "Saturday"};
    return names[d.c_encoding() % 7];
}

std::string format_datetime(const DateTime& dt) {
    std::string out = format_date(floor<days>(dt.wall));
    char buf[48];
    if (dt.has_time) {
        long long seconds = duration_cast<std::chrono::seconds>(dt.wall - floor<days>(dt.wall)).count();
        // Seconds only when there are some: a window closing at 18:58:50 is
        // not the one closing at 18:58, and a recount from the record
        // (bargain verify) must close it at the same second.
        if (seconds % 60 == 0) std::snprintf(buf, sizeof buf, "T%02lld:%02lld", seconds / 3600, seconds / 60 % 60);
        else std::snprintf(buf, sizeof buf, "T%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
        out += buf;
    }
    if (dt.offset) {
        long long m = dt.offset->count(), a = m < 0 ? -m : m;
        if (m == 0) {
            out += "Z";
        } else {
            std::snprintf(buf, sizeof buf, "%c%02lld:%02lld", m < 0 ? '-' : '+', a / 60, a % 60);
            out += buf;
        }
    }
    return out;
}

}  // namespace bargain
