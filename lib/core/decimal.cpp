#include "core/decimal.h"

#include <algorithm>
#include <string>

namespace bargain {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) { return std::all_of(s.begin(), s.end(), is_digit); }

}  // namespace

Decimal parse_decimal(std::string_view s, DecimalFormat format) {
    const Decimal not_a_number{0, DecimalProblem::not_a_number};
    bool negative = false;
    if (format.sign && !s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    std::size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (whole.empty() || !all_digits(whole)) return not_a_number;
    if (dot != std::string_view::npos && (fraction.empty() || !all_digits(fraction))) return not_a_number;
    int places = std::clamp(format.places, 0, 18);
    if (fraction.size() > static_cast<std::size_t>(places)) return Decimal{0, DecimalProblem::too_precise};
    // Digit by digit, each step checked before it is taken: value * 10 + d
    // stays at most `largest`, so nothing overflows.
    const long long largest = std::max(format.largest, 0LL);
    long long value = 0;
    auto push = [&](char c) {
        int d = c - '0';
        // d > largest first: (largest - d) / 10 would round a negative
        // towards zero and let 5 through a largest of 0 (found by fuzz_decimal).
        if (d > largest || value > (largest - d) / 10) return false;
        value = value * 10 + d;
        return true;
    };
    for (char c : whole)
        if (!push(c)) return Decimal{0, DecimalProblem::too_large};
    for (int i = 0; i < places; ++i)
        if (!push(static_cast<std::size_t>(i) < fraction.size() ? fraction[static_cast<std::size_t>(i)] : '0'))
            return Decimal{0, DecimalProblem::too_large};
    return Decimal{negative ? -value : value, DecimalProblem::none};
}

std::string decimal_text(long long scaled, int places) {
    places = std::clamp(places, 0, 18);
    bool negative = scaled < 0;
    // Digits of the magnitude, in unsigned arithmetic: -LLONG_MIN does not fit.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(scaled)
                                            : static_cast<unsigned long long>(scaled);
    std::string digits = std::to_string(magnitude);
    if (digits.size() <= static_cast<std::size_t>(places))
        digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
    if (places > 0) digits.insert(digits.size() - static_cast<std::size_t>(places), 1, '.');
    return negative ? "-" + digits : digits;
}

bool is_thousands_group(std::string_view s) {
    if (s.size() < 3 || !all_digits(s.substr(0, 3))) return false;
    if (s.size() == 3) return true;
    return s[3] == '.' && s.size() >= 5 && s.size() <= 6 && all_digits(s.substr(4));
}

Decimal parse_money(std::string_view s, long long largest_cents) {
    const Decimal not_a_number{0, DecimalProblem::not_a_number};
    if (s.empty() || s[0] != '$') return not_a_number;
    s.remove_prefix(1);
    std::string_view dollars = s.substr(0, s.find('.'));
    std::string_view cents = s.substr(dollars.size());
    if (cents.find(',') != std::string_view::npos) return not_a_number;
    std::string plain;
    std::size_t first = dollars.find(',');
    if (first == std::string_view::npos) {
        plain = dollars;
    } else {
        // 1 to 3 digits, then groups of ",ddd" to the end of the dollars.
        if (first == 0 || first > 3) return not_a_number;
        plain = dollars.substr(0, first);
        for (std::size_t at = first; at < dollars.size(); at += 4) {
            std::string_view group = dollars.substr(at + 1, 3);
            if (dollars[at] != ',' || group.size() != 3 || !all_digits(group)) return not_a_number;
            plain += group;
        }
    }
    plain += cents;
    return parse_decimal(plain, DecimalFormat{2, false, largest_cents});
}

}  // namespace bargain
