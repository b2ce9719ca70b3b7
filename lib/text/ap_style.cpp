#include "text/ap_style.h"

namespace bargain {

namespace {

using namespace std::chrono;

constexpr const char* kOneToNine[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

year_month_day ymd(Date d) { return year_month_day(d); }
std::string day_number(Date d) { return std::to_string(static_cast<unsigned>(ymd(d).day())); }

// "11", "1:30": the clock reading without its half of the day.
std::string clock(minutes t) {
    long long m = t.count() % (24 * 60);
    long long hour = m / 60 % 12;
    long long minute = m % 60;
    std::string out = std::to_string(hour == 0 ? 12 : hour);
    if (minute != 0) out += (minute < 10 ? ":0" : ":") + std::to_string(minute);
    return out;
}

bool is_noon_or_midnight(minutes t) { return t.count() % (12 * 60) == 0; }
bool before_noon(minutes t) { return t.count() % (24 * 60) < 12 * 60; }

}  // namespace

std::string ap_weekday(Date d) { return std::string(weekday_name(weekday(d))); }
std::string ap_month(Date d) { return std::string(month_name(ymd(d).month())); }
std::string ap_month_day(Date d) { return ap_month(d) + " " + day_number(d); }
std::string ap_date(Date d) { return ap_month_day(d) + ", " + std::to_string(static_cast<int>(ymd(d).year())); }
std::string ap_long_date(Date d) { return ap_weekday(d) + ", " + ap_date(d); }
// AP abbreviates a month with a day to three letters and a point, but
// September to "Sept.", and keeps the five short months (March to July) whole.
std::string ap_short_date(Date d) {
    std::string name = ap_month(d);
    if (name.size() > 5) name = ymd(d).month() == September ? "Sept." : name.substr(0, 3) + ".";
    return name + " " + day_number(d);
}

std::string ap_time(minutes t) {
    long long m = t.count() % (24 * 60);
    if (m == 0) return "midnight";
    if (m == 12 * 60) return "noon";
    return clock(t) + (before_noon(t) ? " a.m." : " p.m.");
}

std::string ap_time_range(minutes start, minutes end) {
    if (start < end && !is_noon_or_midnight(start) && !is_noon_or_midnight(end) &&
        before_noon(start) == before_noon(end))
        return clock(start) + " to " + ap_time(end);
    return ap_time(start) + " to " + ap_time(end);
}

std::string with_commas(long long n) {
    // The magnitude in unsigned arithmetic, so that the most negative number has one too.
    unsigned long long magnitude = static_cast<unsigned long long>(n);
    if (n < 0) magnitude = 0 - magnitude;
    std::string digits = std::to_string(magnitude);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::string ap_number(long long n) { return n >= 1 && n <= 9 ? kOneToNine[n - 1] : with_commas(n); }

std::string ap_about(long long n) {
    if (n < 10) return ap_number(n);
    long long step = 1;  // keeps two significant figures
    while (n / step >= 100) step *= 10;
    long long round = n / step * step;
    return round == n ? with_commas(n) : "more than " + with_commas(round);
}

std::string and_list(const std::vector<std::string>& items) {
    bool commas = false;
    for (const std::string& item : items) commas = commas || item.find(',') != std::string::npos;
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            bool last = i + 1 == items.size();
            if (commas && items.size() > 2) out += last ? "; and " : "; ";
            else out += last ? " and " : ", ";
        }
        out += items[i];
    }
    return out;
}

std::string capitalized(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string money_text(long long cents) {
    unsigned long long a = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    return (cents < 0 ? "-$" : "$") + with_commas(static_cast<long long>(a / 100)) + "." + (a % 100 < 10 ? "0" : "") +
           std::to_string(a % 100);
}

}  // namespace bargain
