#include "text/span_words.h"

#include <utility>

#include "text/ap_style.h"

namespace bargain {

namespace {

using namespace std::chrono;

// `d` plus `n` calendar months, on the same day of the month or, when that
// month is shorter, on its last day.
// "a week", "three weeks", "10 months": AP words for one to nine, "a" for one.
std::string count_of(long long n, const char* unit) {
    if (n == 1) return std::string("a ") + unit;
    return ap_number(n) + " " + unit + "s";
}

std::string in_days_or_weeks(long long days) {
    if (days == 0) return "less than a day";
    if (days < 7) return count_of(days, "day");
    long long weeks = days / 7, rest = days % 7;
    if (rest == 0) return count_of(weeks, "week");
    if (rest <= 2) return "about " + count_of(weeks, "week");
    if (rest <= 4) return "more than " + count_of(weeks, "week");
    return "nearly " + count_of(weeks + 1, "week");
}

}  // namespace

std::string span_in_words(Date from, Date to) {
    if (to < from) std::swap(from, to);
    // Whole calendar months: the most m with from + m months not after `to`.
    year_month_day a(from), b(to);
    long long m = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12LL +
                  (static_cast<long long>(static_cast<unsigned>(b.month())) - static_cast<unsigned>(a.month()));
    while (m > 0 && add_months(from, m) > to) --m;
    if (m == 0) return in_days_or_weeks((to - from).count());

    long long past = (to - add_months(from, m)).count();       // days past the m-th month
    long long to_go = (add_months(from, m + 1) - to).count();  // days to the next month
    if (m < 12) {
        if (past == 0) return count_of(m, "month");
        if (past <= 7) return "about " + count_of(m, "month");
        if (to_go <= 10) return m + 1 == 12 ? "nearly a year" : "nearly " + count_of(m + 1, "month");
        return "more than " + count_of(m, "month");
    }
    long long years = m / 12, months_past = m % 12;
    if (months_past == 0 && past == 0) return count_of(years, "year");
    if (months_past == 0) return "about " + count_of(years, "year");
    if (months_past >= 10) return "nearly " + count_of(years + 1, "year");
    return "more than " + count_of(years, "year");
}

}  // namespace bargain
