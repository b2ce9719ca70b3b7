// How long something has gone on, in the words a release uses: "For nearly
// seven months, members have been bargaining..." Used by notices (from the
// first session to the day the notice is issued) and by the session log.
//
// What it must get right: the words are never more than the truth can bear
// ("nearly" is close below, "about" is just past, "more than" is in
// between), and the same two dates always give the same words: calendar
// arithmetic only, no clock, no locale.
#pragma once

#include <string>

#include "core/datetime.h"

namespace bargain {

// The span between two dates (in either order) in words. The rules, where
// a "month" is a calendar month (from January 31, one month on is the last
// day of February) and numbers one to nine are words:
//
// - under a week: "less than a day", "a day", "two days" ... "six days";
// - under a calendar month, in weeks w and leftover days r (0-6):
//   r = 0 "w weeks" ("a week", "three weeks"); r = 1-2 "about w weeks";
//   r = 3-4 "more than w weeks"; r = 5-6 "nearly w+1 weeks";
// - under a year, in whole months m, with r days past the m-th month and
//   n days still to go to the next: r = 0 "m months" ("a month"); r <= 7
//   "about m months"; n <= 10 "nearly m+1 months" ("nearly a year" when
//   m+1 is 12); otherwise "more than m months";
// - a year or more, in whole years y and months past them p: exactly y
//   years "y years" ("a year"); p = 0 "about y years"; p >= 10 "nearly
//   y+1 years"; otherwise "more than y years".
//
// 2019-07-09 to 2020-02-03 is six months and 25 days, 6 days short of
// seven: "nearly seven months".
std::string span_in_words(Date from, Date to);

}  // namespace bargain
