// AP style: the dates, times and numbers a reporter reads in a notice.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.h"
#include "text/ap_style.h"

using namespace bargain;
using bargain::test::day;
using std::chrono::minutes;

namespace {
minutes at(int h, int m = 0) { return minutes(h * 60 + m); }
}  // namespace

TEST_CASE("a date is written out in full, the way the advisory's WHEN line reads") {
    CHECK(ap_long_date(day("2020-02-04")) == "Tuesday, February 4, 2020");
    CHECK(ap_date(day("2019-07-09")) == "July 9, 2019");
    CHECK(ap_month_day(day("2020-02-14")) == "February 14");
    CHECK(ap_weekday(day("2020-02-14")) == "Friday");
    CHECK(ap_month(day("2020-12-31")) == "December");
}

TEST_CASE("AP abbreviates long month names before a day, never March to July") {
    CHECK(ap_short_date(day("2020-02-04")) == "Feb. 4");
    CHECK(ap_short_date(day("2020-09-09")) == "Sept. 9");
    CHECK(ap_short_date(day("2020-03-03")) == "March 3");
    CHECK(ap_short_date(day("2020-07-31")) == "July 31");
    CHECK(ap_short_date(day("2020-08-01")) == "Aug. 1");
    const char* months[] = {"Jan. 1", "Feb. 1", "March 1", "April 1", "May 1",  "June 1",
                            "July 1", "Aug. 1", "Sept. 1", "Oct. 1",  "Nov. 1", "Dec. 1"};
    for (int m = 1; m <= 12; ++m) CHECK(ap_short_date(day(fmt::format("2020-{:02}-01", m).c_str())) == months[m - 1]);
}

TEST_CASE("times read 11 a.m. and 1:30 p.m., and noon and midnight are words") {
    CHECK(ap_time(at(11)) == "11 a.m.");
    CHECK(ap_time(at(13, 30)) == "1:30 p.m.");
    CHECK(ap_time(at(12)) == "noon");
    CHECK(ap_time(at(0)) == "midnight");
    CHECK(ap_time(at(0, 5)) == "12:05 a.m.");
    CHECK(ap_time(at(12, 30)) == "12:30 p.m.");
    CHECK(ap_time(at(9, 5)) == "9:05 a.m.");
}

TEST_CASE("a time range names the half of the day once when both ends share it") {
    CHECK(ap_time_range(at(11), at(13, 30)) == "11 a.m. to 1:30 p.m.");
    CHECK(ap_time_range(at(9), at(11, 30)) == "9 to 11:30 a.m.");
    CHECK(ap_time_range(at(14), at(16)) == "2 to 4 p.m.");
    CHECK(ap_time_range(at(9), at(12)) == "9 a.m. to noon");
    CHECK(ap_time_range(at(12), at(14)) == "noon to 2 p.m.");
    CHECK(ap_time_range(at(22), at(2)) == "10 p.m. to 2 a.m.");
    CHECK(ap_time_range(at(20), at(0)) == "8 p.m. to midnight");
}

TEST_CASE("numbers one to nine are words, the rest figures with commas") {
    CHECK(ap_number(1) == "one");
    CHECK(ap_number(4) == "four");
    CHECK(ap_number(9) == "nine");
    CHECK(ap_number(10) == "10");
    CHECK(ap_number(0) == "0");
    CHECK(ap_number(1500) == "1,500");
    CHECK(with_commas(1234567) == "1,234,567");
    CHECK(with_commas(-1000) == "-1,000");
    CHECK(with_commas(999) == "999");
}

TEST_CASE("a head count keeps two figures, the way the seed says more than 250") {
    CHECK(ap_about(255) == "more than 250");
    CHECK(ap_about(250) == "250");
    CHECK(ap_about(180) == "180");
    CHECK(ap_about(75) == "75");
    CHECK(ap_about(999) == "more than 990");
    CHECK(ap_about(7) == "seven");
    CHECK(ap_about(1234) == "more than 1,200");
    CHECK(ap_about(103000) == "more than 100,000");
    CHECK(ap_about(100000) == "100,000");
}

TEST_CASE("lists join with 'and', and with semicolons when an item has a comma") {
    CHECK(and_list({}) == "");
    CHECK(and_list({"a"}) == "a");
    CHECK(and_list({"a", "b"}) == "a and b");
    CHECK(and_list({"a", "b", "c"}) == "a, b and c");
    CHECK(and_list({"IFPE, Local 4408", "Local 4407"}) == "IFPE, Local 4408 and Local 4407");
    CHECK(and_list({"IFPE, Local 4408", "Local 4407", "Local 1"}) == "IFPE, Local 4408; Local 4407; and Local 1");
    CHECK(capitalized("last month, union members") == "Last month, union members");
    CHECK(capitalized("") == "");
}
