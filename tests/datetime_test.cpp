// Dates and times as ballot files and the command line write them. Parsing
// is strict: a window that silently moves by a day changes who is counted.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "datetime.h"

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
