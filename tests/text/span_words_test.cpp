// The span of bargaining in words, and its boundaries: each word claims no
// more than the calendar allows.
#include <doctest/doctest.h>

#include "text/span_words.h"

using namespace bargain;

namespace {
std::string span(const char* from, const char* to) {
    return span_in_words(parse_date(from, nullptr).value(), parse_date(to, nullptr).value());
}
}  // namespace

TEST_CASE("the SOS campaign had bargained for nearly seven months when the advisory went out") {
    CHECK(span("2019-07-09", "2020-02-03") == "nearly seven months");
}

TEST_CASE("under a week, days") {
    CHECK(span("2020-02-03", "2020-02-03") == "less than a day");
    CHECK(span("2020-02-03", "2020-02-04") == "a day");
    CHECK(span("2020-02-03", "2020-02-05") == "two days");
    CHECK(span("2020-02-03", "2020-02-09") == "six days");
}

TEST_CASE("under a month, weeks: exact, about, more than, nearly") {
    CHECK(span("2020-02-01", "2020-02-08") == "a week");
    CHECK(span("2020-02-01", "2020-02-09") == "about a week");
    CHECK(span("2020-02-01", "2020-02-10") == "about a week");
    CHECK(span("2020-02-01", "2020-02-11") == "more than a week");
    CHECK(span("2020-02-01", "2020-02-12") == "more than a week");
    CHECK(span("2020-02-01", "2020-02-13") == "nearly two weeks");
    CHECK(span("2020-02-01", "2020-02-14") == "nearly two weeks");
    CHECK(span("2020-02-01", "2020-02-15") == "two weeks");
    CHECK(span("2020-02-01", "2020-02-22") == "three weeks");
    CHECK(span("2020-02-01", "2020-02-27") == "nearly four weeks");
    CHECK(span("2020-02-01", "2020-02-29") == "four weeks");
    CHECK(span("2020-01-01", "2020-01-31") == "about four weeks");  // 30 days, a day short of a month
}

TEST_CASE("under a year, months: about just past, nearly within ten days of the next") {
    CHECK(span("2020-01-01", "2020-02-01") == "a month");
    CHECK(span("2020-01-01", "2020-03-01") == "two months");
    CHECK(span("2020-01-01", "2020-03-08") == "about two months");     // 7 days past
    CHECK(span("2020-01-01", "2020-03-09") == "more than two months");  // 8 days past
    CHECK(span("2020-01-01", "2020-03-21") == "more than two months");  // 11 days to go
    CHECK(span("2020-01-01", "2020-03-22") == "nearly three months");   // 10 days to go
    CHECK(span("2020-01-01", "2020-03-31") == "nearly three months");
    CHECK(span("2020-01-01", "2020-11-10") == "more than 10 months");
    CHECK(span("2020-01-01", "2020-12-22") == "nearly a year");
}

TEST_CASE("a month from the 31st ends on the last day of a shorter month") {
    CHECK(span("2020-01-31", "2020-02-29") == "a month");
    CHECK(span("2019-01-31", "2019-02-28") == "a month");
    CHECK(span("2020-01-31", "2020-03-01") == "about a month");
}

TEST_CASE("a year or more: exact, about, more than, nearly") {
    CHECK(span("2019-02-03", "2020-02-03") == "a year");
    CHECK(span("2019-02-03", "2020-02-04") == "about a year");
    CHECK(span("2019-02-03", "2020-03-02") == "about a year");      // a year and 28 days
    CHECK(span("2019-02-03", "2020-03-03") == "more than a year");
    CHECK(span("2019-02-03", "2020-12-02") == "more than a year");  // a year and 9 months
    CHECK(span("2019-02-03", "2020-12-03") == "nearly two years");  // a year and 10 months
    CHECK(span("2018-02-03", "2020-02-03") == "two years");
    CHECK(span("2008-02-03", "2020-06-03") == "more than 12 years");
}

TEST_CASE("the order of the two dates does not matter") {
    CHECK(span("2020-02-03", "2019-07-09") == "nearly seven months");
}
