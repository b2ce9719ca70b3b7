// Dates and times as ballot files and the command line write them. Parsing
// is strict: a window that silently moves by a day changes who is counted.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "core/datetime.h"

using namespace bargain;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return sys_days(year_month_day{year(y), month(m), day(d)}); }

bool is_date(const char* text) { return parse_date(text, nullptr).has_value(); }
bool is_time(const char* text) { return parse_time_of_day(text, nullptr).has_value(); }
bool is_datetime(const char* text) { return parse_datetime(text, nullptr).has_value(); }

DateTime datetime(const char* text) {
    std::string why;
    auto dt = parse_datetime(text, &why);
    INFO(text << ": " << why);
    REQUIRE(dt.has_value());
    return *dt;
}

std::string why_not_date(const char* text) {
    std::string why;
    CHECK_FALSE(parse_date(text, &why).has_value());
    return why;
}

}  // namespace

TEST_CASE("a contract expiry date reads as that calendar day") {
    auto d = parse_date("2019-06-30", nullptr);
    REQUIRE(d.has_value());
    CHECK(*d == ymd(2019, 6, 30));
    CHECK(format_date(*d) == "2019-06-30");
}

TEST_CASE("February 30 is not a date") {
    CHECK(why_not_date("2026-02-30") == "no such date");
    CHECK_FALSE(is_datetime("2026-02-30T10:00"));
}

TEST_CASE("February 29 is a date in a leap year only") {
    CHECK(is_date("2024-02-29"));
    CHECK_FALSE(is_date("2023-02-29"));
    CHECK(is_date("2000-02-29"));
    CHECK_FALSE(is_date("1900-02-29"));
}

TEST_CASE("months and days out of range are not dates") {
    CHECK_FALSE(is_date("2026-13-01"));
    CHECK_FALSE(is_date("2026-00-10"));
    CHECK_FALSE(is_date("2026-04-31"));
    CHECK_FALSE(is_date("2026-01-00"));
    CHECK(is_date("2026-12-31"));
}

TEST_CASE("a date's year is from 1900 to 9999: year 0206 is a typo for 2026") {
    CHECK(why_not_date("0206-03-01") == "expected a year from 1900 to 9999");
    CHECK(why_not_date("0000-01-01") == "expected a year from 1900 to 9999");
    CHECK(why_not_date("1899-12-31") == "expected a year from 1900 to 9999");
    CHECK(is_date("1900-01-01"));
    CHECK(is_date("9999-12-31"));
    CHECK(format_date(kFirstDate) == "1900-01-01");
    CHECK(format_date(kLastDate) == "9999-12-31");
    CHECK_FALSE(is_datetime("0206-03-01T10:00"));
}

TEST_CASE("a date must be written YYYY-MM-DD") {
    CHECK(why_not_date("2026-1-01") == "expected a date as YYYY-MM-DD");
    CHECK_FALSE(is_date("2026/01/01"));
    CHECK_FALSE(is_date("20260101"));
    CHECK_FALSE(is_date("2026-01-01 "));
    CHECK_FALSE(is_date(" 2026-01-01"));
    CHECK_FALSE(is_date(""));
    CHECK_FALSE(is_date("2026-01-0a"));
}

TEST_CASE("24:00 is not a time of day, 23:59 is") {
    CHECK_FALSE(is_time("24:00"));
    auto t = parse_time_of_day("23:59", nullptr);
    REQUIRE(t.has_value());
    CHECK(*t == hours(23) + minutes(59));
    CHECK(is_time("00:00"));
}

TEST_CASE("a time of day is HH:MM on a 24-hour clock") {
    std::string why;
    CHECK_FALSE(parse_time_of_day("7:00", &why).has_value());
    CHECK(why == "expected a time as HH:MM (24-hour)");
    CHECK_FALSE(is_time("07:60"));
    CHECK_FALSE(is_time("11 a.m."));
    CHECK_FALSE(is_time("11:00:00"));
    CHECK(*parse_time_of_day("11:00", nullptr) == hours(11));
}

TEST_CASE("a datetime to the second reads every part") {
    DateTime dt = datetime("2020-01-13T23:59:59");
    CHECK(dt.wall == sys_seconds(ymd(2020, 1, 13)) + hours(23) + minutes(59) + seconds(59));
    CHECK(dt.has_time);
    CHECK_FALSE(dt.offset.has_value());
}

TEST_CASE("a datetime at 24:00 or with 60 seconds is refused") {
    CHECK_FALSE(is_datetime("2020-01-13T24:00"));
    CHECK_FALSE(is_datetime("2020-01-13T23:59:60"));
    CHECK_FALSE(is_datetime("2020-01-13T23:60"));
}

TEST_CASE("a datetime may separate date and time with T, t or one space") {
    CHECK(datetime("2020-01-13 07:00").wall == datetime("2020-01-13T07:00").wall);
    CHECK(datetime("2020-01-13t07:00").wall == datetime("2020-01-13T07:00").wall);
    CHECK_FALSE(is_datetime("2020-01-13  07:00"));
    CHECK_FALSE(is_datetime("2020-01-13_07:00"));
}

TEST_CASE("a bare date is a datetime without a time") {
    DateTime dt = datetime("2020-01-17");
    CHECK_FALSE(dt.has_time);
    CHECK(dt.wall == sys_seconds(ymd(2020, 1, 17)));
}

TEST_CASE("a datetime must have a whole time") {
    CHECK_FALSE(is_datetime("2020-01-13T"));
    CHECK_FALSE(is_datetime("2020-01-13T7:00"));
    CHECK_FALSE(is_datetime("2020-01-13T07"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00 "));
    CHECK_FALSE(is_datetime("2020-01-13T07:00:5"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00:00.5"));
}

TEST_CASE("Z means UTC") {
    DateTime dt = datetime("2020-01-13T07:00Z");
    REQUIRE(dt.offset.has_value());
    CHECK(*dt.offset == minutes(0));
    CHECK(datetime("2020-01-13T07:00z").offset == minutes(0));
}

TEST_CASE("UTC offsets are read in every written form") {
    CHECK(datetime("2020-01-13T07:00+05:30").offset == minutes(330));
    CHECK(datetime("2020-01-13T07:00-0500").offset == minutes(-300));
    CHECK(datetime("2020-01-13T07:00:30-06:00").offset == minutes(-360));
    CHECK(datetime("2020-01-13T07:00-00:00").offset == minutes(0));
}

TEST_CASE("an hour-only offset is read the same after HH:MM as after HH:MM:SS") {
    // Whether "+02" is accepted or not, it must not depend on the seconds.
    CHECK(is_datetime("2020-01-13T07:00+02") == is_datetime("2020-01-13T07:00:00+02"));
    CHECK(is_datetime("2020-01-13T07:00-05") == is_datetime("2020-01-13T07:00:00-05"));
}

TEST_CASE("a malformed UTC offset is refused") {
    CHECK_FALSE(is_datetime("2020-01-13T07:00+5:00"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00+05:0"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00+"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00+05:00:00"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00+19:00"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00+05:60"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00ZZ"));
}

TEST_CASE("a Z followed by more text is not an offset") {
    // Z is UTC and nothing may follow it; "Z05:00" is a typo, not +05:00.
    CHECK_FALSE(is_datetime("2020-01-13T07:00Z05:00"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00z0500"));
    CHECK_FALSE(is_datetime("2020-01-13T07:00Z05"));
}

TEST_CASE("a datetime with an offset names the instant in UTC") {
    CHECK(to_instant(datetime("2020-01-17T20:30+02:00"), Zone::utc()) ==
          sys_seconds(ymd(2020, 1, 17)) + hours(18) + minutes(30));
    CHECK(to_instant(datetime("2020-01-17T14:30-05:00"), Zone::utc()) ==
          sys_seconds(ymd(2020, 1, 17)) + hours(19) + minutes(30));
}

TEST_CASE("an offset can move the instant to the day before") {
    CHECK(to_instant(datetime("2020-01-01T01:00+02:00"), Zone::utc()) == sys_seconds(ymd(2019, 12, 31)) + hours(23));
    CHECK(to_instant(datetime("2020-02-29T23:30-01:00"), Zone::utc()) == sys_seconds(ymd(2020, 3, 1)) + minutes(30));
}

TEST_CASE("a datetime without an offset is read in the zone, UTC by default") {
    DateTime dt = datetime("2020-01-13T07:00");
    CHECK(to_instant(dt, Zone::utc()) == dt.wall);
    CHECK(Zone::utc().name() == "UTC");
}

TEST_CASE("a date is written with a four-digit year and two-digit month and day") {
    CHECK(format_date(ymd(999, 1, 2)) == "0999-01-02");
    CHECK(format_date(ymd(2026, 2, 18)) == "2026-02-18");
}

namespace {

Zone zone(const char* name) {
    std::string why;
    auto z = Zone::named(name, &why);
    INFO(name << ": " << why);
    REQUIRE(z.has_value());
    return *z;
}

std::string why_not_zone(const char* name) {
    std::string why;
    CHECK_FALSE(Zone::named(name, &why).has_value());
    return why;
}

Seconds at(Date d, int h, int m) { return Seconds(d) + hours(h) + minutes(m); }

}  // namespace

TEST_CASE("a wall-clock reading in Chicago is six hours behind UTC in winter and five in summer") {
    Zone chicago = zone("America/Chicago");
    CHECK(chicago.name() == "America/Chicago");
    CHECK_FALSE(chicago.is_utc());
    CHECK(chicago.to_instant(at(ymd(2020, 1, 13), 7, 0)) == at(ymd(2020, 1, 13), 13, 0));
    CHECK(chicago.to_instant(at(ymd(2020, 7, 1), 7, 0)) == at(ymd(2020, 7, 1), 12, 0));
    CHECK(chicago.to_wall(at(ymd(2020, 1, 13), 13, 0)) == at(ymd(2020, 1, 13), 7, 0));
    CHECK(chicago.offset_at(at(ymd(2020, 7, 1), 12, 0)) == hours(-5));
}

TEST_CASE("a time in the spring-forward gap moves forward by the gap") {
    // 2020-03-08 02:00 CST the clocks in Chicago jumped to 03:00 CDT; 02:30
    // never happened on a wall clock. It is read with the offset before the
    // change: 02:30 CST, which is 08:30 UTC, which the wall shows as 03:30.
    Zone chicago = zone("America/Chicago");
    Seconds instant = chicago.to_instant(at(ymd(2020, 3, 8), 2, 30));
    CHECK(instant == at(ymd(2020, 3, 8), 8, 30));
    CHECK(chicago.to_wall(instant) == at(ymd(2020, 3, 8), 3, 30));
    // Either side of the gap is exact.
    CHECK(chicago.to_instant(at(ymd(2020, 3, 8), 1, 59)) == at(ymd(2020, 3, 8), 7, 59));
    CHECK(chicago.to_instant(at(ymd(2020, 3, 8), 3, 0)) == at(ymd(2020, 3, 8), 8, 0));
}

TEST_CASE("a time that happens twice when clocks fall back is the earlier instant") {
    // 2020-11-01 01:30 happened at 06:30 UTC (CDT) and again at 07:30 UTC (CST).
    Zone chicago = zone("America/Chicago");
    CHECK(chicago.to_instant(at(ymd(2020, 11, 1), 1, 30)) == at(ymd(2020, 11, 1), 6, 30));
    CHECK(chicago.to_instant(at(ymd(2020, 11, 1), 0, 59)) == at(ymd(2020, 11, 1), 5, 59));
    CHECK(chicago.to_instant(at(ymd(2020, 11, 1), 2, 0)) == at(ymd(2020, 11, 1), 8, 0));
    CHECK(chicago.to_wall(at(ymd(2020, 11, 1), 7, 30)) == at(ymd(2020, 11, 1), 1, 30));
}

TEST_CASE("London is UTC in winter and an hour ahead in summer, with the same gap and overlap rules") {
    Zone london = zone("Europe/London");
    CHECK_FALSE(london.is_utc());
    CHECK(london.to_instant(at(ymd(2020, 1, 13), 9, 0)) == at(ymd(2020, 1, 13), 9, 0));
    CHECK(london.to_instant(at(ymd(2020, 7, 1), 9, 0)) == at(ymd(2020, 7, 1), 8, 0));
    // 2020-03-29 01:00 GMT became 02:00 BST: 01:30 moves to 02:30 BST.
    CHECK(london.to_instant(at(ymd(2020, 3, 29), 1, 30)) == at(ymd(2020, 3, 29), 1, 30));
    CHECK(london.to_wall(at(ymd(2020, 3, 29), 1, 30)) == at(ymd(2020, 3, 29), 2, 30));
    // 2020-10-25 01:30 happened in BST (00:30 UTC) and again in GMT.
    CHECK(london.to_instant(at(ymd(2020, 10, 25), 1, 30)) == at(ymd(2020, 10, 25), 0, 30));
}

TEST_CASE("a datetime with an offset is that instant whatever the campaign's zone") {
    Zone chicago = zone("America/Chicago");
    CHECK(to_instant(datetime("2020-01-14T18:00Z"), chicago) == at(ymd(2020, 1, 14), 18, 0));
    CHECK(to_instant(datetime("2020-01-14T12:00"), chicago) == at(ymd(2020, 1, 14), 18, 0));
    CHECK(to_instant(datetime("2020-01-14T13:00-05:00"), chicago) == at(ymd(2020, 1, 14), 18, 0));
}

TEST_CASE("UTC needs no database and never changes") {
    for (const char* name : {"UTC", "Etc/UTC"}) {
        Zone utc = zone(name);
        CHECK(utc.is_utc());
        CHECK(utc.name() == name);
        CHECK(utc.to_instant(at(ymd(2020, 3, 8), 2, 30)) == at(ymd(2020, 3, 8), 2, 30));
        auto changes = utc.changes(at(ymd(2020, 1, 1), 0, 0), at(ymd(2021, 1, 1), 0, 0));
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].after == seconds(0));
    }
}

TEST_CASE("an unknown zone is refused with a did-you-mean") {
    CHECK(why_not_zone("America/Chicgo") ==
          "no time zone 'America/Chicgo' in the time-zone database (did you mean 'America/Chicago'?)");
    CHECK(why_not_zone("america/chicago") ==
          "no time zone 'america/chicago' in the time-zone database (did you mean 'America/Chicago'?)");
    CHECK(why_not_zone("New York") ==
          "no time zone 'New York' in the time-zone database (did you mean 'America/New_York'?)");
    CHECK(why_not_zone("Nowhere/Atlantis") == "no time zone 'Nowhere/Atlantis' in the time-zone database");
    CHECK(why_not_zone("") == "no time zone '' in the time-zone database");
    // The machine's own zone is not a zone a campaign can name: it would
    // mean different instants on different machines.
    CHECK_FALSE(Zone::named("localtime", nullptr).has_value());
    CHECK_FALSE(Zone::named("../../etc/passwd", nullptr).has_value());
}

TEST_CASE("an abbreviation is refused with the zone of the place, though the database has EST") {
    // tzdata's EST is a fixed UTC-5: a campaign in New York would have its
    // summer events an hour off on members' phones.
    CHECK(why_not_zone("EST") ==
          "'EST' is an abbreviation, not a time zone: it names only the winter offset, so summer events would be "
          "an hour off; write America/New_York");
    CHECK(why_not_zone("CDT") ==
          "'CDT' is an abbreviation, not a time zone: it names only the summer offset, so winter events would be "
          "an hour off; write America/Chicago");
    CHECK(why_not_zone("pt") == "'pt' is an abbreviation, not a time zone; write America/Los_Angeles");
    CHECK(why_not_zone("IST") == "'IST' is an abbreviation, not a time zone; write Asia/Kolkata (India), "
                                 "Europe/Dublin (Ireland) or Asia/Jerusalem (Israel)");
    CHECK(why_not_zone("CET") == "'CET' is an abbreviation, not a time zone; write the zone of the place, such as "
                                 "Europe/Paris or Europe/Berlin");
    CHECK(why_not_zone("MST").find("America/Phoenix for Arizona") != std::string::npos);
    struct Case {
        const char* abbreviation;
        const char* zone;
    };
    for (Case c : {Case{"EDT", "America/New_York"}, {"ET", "America/New_York"}, {"CST", "America/Chicago"},
                   {"CT", "America/Chicago"}, {"MDT", "America/Denver"}, {"PST", "America/Los_Angeles"},
                   {"PDT", "America/Los_Angeles"}, {"AKST", "America/Anchorage"}, {"HST", "Pacific/Honolulu"},
                   {"BST", "Europe/London"}, {"CEST", "Europe/Berlin"}, {"AEST", "Australia/Sydney"},
                   {"NZST", "Pacific/Auckland"}, {"est", "America/New_York"}}) {
        CAPTURE(c.abbreviation);
        std::string why = why_not_zone(c.abbreviation);
        CHECK(why.find("is an abbreviation, not a time zone") != std::string::npos);
        CHECK(why.find(c.zone) != std::string::npos);
        // What to write instead is a zone that loads.
        zone(c.zone);
    }
}

TEST_CASE("GMT is refused: it has no British Summer Time; UTC is kept") {
    for (const char* name : {"GMT", "Etc/GMT", "GMT0", "GMT-0", "GMT+0", "Greenwich", "gmt"})
        CHECK(why_not_zone(name) == "'" + std::string(name) +
                                        "' is Greenwich Mean Time all year, with no British Summer Time, so summer "
                                        "events in the UK would be an hour off; write Europe/London for UK time, or "
                                        "UTC for a time that never changes");
    CHECK(zone("UTC").is_utc());
    CHECK(zone("Etc/UTC").is_utc());
}

TEST_CASE("a fixed offset is refused with the zone of a place at that offset") {
    CHECK(why_not_zone("GMT-6") ==
          "'GMT-6' is a fixed offset (UTC-6), not a time zone: it has no summer time, so events would be an hour "
          "off for half the year where clocks change; write the zone of the place, such as America/Chicago");
    CHECK(why_not_zone("UTC+01:00").find("(UTC+1)") != std::string::npos);
    CHECK(why_not_zone("UTC+01:00").find("such as Europe/Paris") != std::string::npos);
    CHECK(why_not_zone("UTC-5").find("such as America/New_York") != std::string::npos);
    CHECK(why_not_zone("GMT+5").find("(UTC+5)") != std::string::npos);
    CHECK(why_not_zone("+05:30").find("(UTC+5:30), not a time zone") != std::string::npos);
    CHECK(why_not_zone("-0800").find("such as America/Los_Angeles") != std::string::npos);
    CHECK(why_not_zone("UTC+0").find("write UTC for a time that never changes") != std::string::npos);
    CHECK(why_not_zone("UTC-13").find("write the zone of the place, as Region/City") != std::string::npos);
}

TEST_CASE("Etc/GMT+6 is refused, saying that its POSIX sign makes it UTC-6") {
    CHECK(why_not_zone("Etc/GMT+6") ==
          "'Etc/GMT+6' is a fixed offset whose POSIX sign is inverted: it is UTC-6, not UTC+6. A fixed offset has "
          "no summer time, so events would be an hour off for half the year where clocks change; write the zone "
          "of the place, such as America/Chicago");
    CHECK(why_not_zone("Etc/GMT-1").find("it is UTC+1, not UTC-1") != std::string::npos);
}

TEST_CASE("a misspelt zone is never offered an abbreviation or an offset as its did-you-mean") {
    CHECK(why_not_zone("ESTT") == "no time zone 'ESTT' in the time-zone database");
    CHECK(why_not_zone("GMT-66") == "no time zone 'GMT-66' in the time-zone database");
    CHECK(zone_misnomer("America/Chicago").empty());
    CHECK(zone_misnomer("US/Eastern").empty());
    CHECK(zone_misnomer("Europe/London").empty());
}

TEST_CASE("a zone lists its changes of offset: Chicago's in 2020, with the one in force first") {
    Zone chicago = zone("America/Chicago");
    auto changes = chicago.changes(Seconds(ymd(2020, 1, 1)), Seconds(ymd(2021, 1, 1)));
    REQUIRE(changes.size() == 3);
    // CST since 2019-11-03 02:00 CDT (07:00 UTC).
    CHECK(changes[0].at == at(ymd(2019, 11, 3), 7, 0));
    CHECK(changes[0].before == hours(-5));
    CHECK(changes[0].after == hours(-6));
    CHECK_FALSE(changes[0].daylight);
    CHECK(changes[0].abbreviation == "CST");
    CHECK(changes[1].at == at(ymd(2020, 3, 8), 8, 0));
    CHECK(changes[1].after == hours(-5));
    CHECK(changes[1].daylight);
    CHECK(changes[1].abbreviation == "CDT");
    CHECK(changes[2].at == at(ymd(2020, 11, 1), 7, 0));
    CHECK(changes[2].abbreviation == "CST");
}

TEST_CASE("a zone without daylight-saving time has one offset, in force from its last change") {
    Zone tokyo = zone("Asia/Tokyo");
    auto changes = tokyo.changes(Seconds(ymd(2020, 1, 1)), Seconds(ymd(2021, 1, 1)));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].after == hours(9));
    CHECK(changes[0].at < Seconds(ymd(2020, 1, 1)));
}

TEST_CASE("adding months keeps the day of the month, or the last day of a shorter month") {
    CHECK(add_months(ymd(2025, 8, 31), 6) == ymd(2026, 2, 28));
    CHECK(add_months(ymd(2024, 1, 31), 1) == ymd(2024, 2, 29));
    CHECK(add_months(ymd(2026, 3, 15), 12) == ymd(2027, 3, 15));
    CHECK(add_months(ymd(2026, 3, 31), -1) == ymd(2026, 2, 28));
}

TEST_CASE("months and weekdays have their English names, whatever the locale") {
    CHECK(month_name(January) == "January");
    CHECK(month_name(September) == "September");
    CHECK(month_name(December) == "December");
    CHECK(weekday_name(Sunday) == "Sunday");
    CHECK(weekday_name(weekday(ymd(2020, 2, 4))) == "Tuesday");
    CHECK(weekday_name(Saturday) == "Saturday");
}

TEST_CASE("a date and time is written back as it parses, to the second when it has seconds") {
    for (const char* text : {"2020-01-17", "2020-01-17T18:58", "2020-01-17T18:58:50", "2020-01-17T00:00:01Z",
                             "2020-01-17T23:59:59-05:00"}) {
        std::string why;
        auto dt = parse_datetime(text, &why);
        REQUIRE(dt);
        CHECK(format_datetime(*dt) == text);
    }
}
