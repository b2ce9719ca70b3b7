// Dates, times, numbers and lists the way a newsroom writes them (AP
// style), for notices a reporter will read: "Tuesday, February 4, 2020",
// "11 a.m. to 1:30 p.m.", "noon", "four locations", "more than 250".
//
// What it must get right: the same date reads the same on every machine
// (no locale, no clock: month and day names are spelt out here), and noon
// and midnight are never "12 p.m." or "12 a.m.", which readers misread.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "core/datetime.h"

namespace bargain {

std::string ap_weekday(Date d);    // "Tuesday"
std::string ap_month(Date d);      // "February"
std::string ap_month_day(Date d);  // "February 4"
std::string ap_date(Date d);       // "February 4, 2020"
std::string ap_long_date(Date d);  // "Tuesday, February 4, 2020"
// The month abbreviated as AP does with a day: "Feb. 4", "Sept. 9"; March
// to July are never abbreviated ("March 3").
std::string ap_short_date(Date d);

// A time of day (minutes after midnight): "11 a.m.", "1:30 p.m.", "noon",
// "midnight".
std::string ap_time(std::chrono::minutes t);
// "11 a.m. to 1:30 p.m."; "9 to 11:30 a.m." when both fall in the same half
// of a day and neither is noon or midnight; "9 a.m. to noon".
std::string ap_time_range(std::chrono::minutes start, std::chrono::minutes end);

// One to nine in words, 0 and 10 on in figures with thousands commas:
// "four", "12", "1,500". AP spells out only one through nine.
std::string ap_number(long long n);
// Figures with thousands commas: "255", "1,500", "-3".
std::string with_commas(long long n);
// Money: "$1,234,567.89", "-$5.00".
std::string money_text(long long cents);
// A head count the way a release rounds it: kept to two significant
// figures, "more than" the rounded number when that dropped something
// ("more than 250" for 255, "180" for 180, "more than 1,200" for 1,234).
std::string ap_about(long long n);

// "a", "a and b", "a, b and c" (AP uses no serial comma); when an item has
// a comma of its own, semicolons keep the items apart: "a, x; b; and c".
std::string and_list(const std::vector<std::string>& items);

// The text with its first letter (ASCII) in capitals: sentence openings.
std::string capitalized(std::string_view s);

}  // namespace bargain
