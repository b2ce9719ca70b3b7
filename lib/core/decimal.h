// Exact decimal numbers as people write them in campaign and ballot files:
// a count of members (180), a payroll (9450000.00), a wage increase (1.5),
// a flat raise ("$1,000.50"). The one parser every reader uses, so that
// "180" means the same number in a campaign, a law preset and a ballot
// file's returns.
//
// What it must get right: the text becomes an integer scaled by 10^places
// (1.5 at 4 places is 15000), never a float; a number with more decimals
// than the value can hold is told apart from text that is not a number, so
// the message can say which; and a value beyond the caller's largest (at
// most what a long long holds) is refused, never wrapped: the digits are
// checked before each step of the arithmetic, so no input is undefined
// behaviour. Nothing is guessed: no exponents (1e3), no bare point (.5 or
// 5.), no blanks, no locale.
#pragma once

#include <limits>
#include <string>
#include <string_view>

namespace bargain {

enum class DecimalProblem {
    none,
    not_a_number,  // empty, "-", ".5", "5.", "1e3", "1,5", a sign where none may be...
    too_precise,   // a number, with more decimal places than the value has
    too_large,     // a number, beyond the largest the caller takes
};

struct Decimal {
    long long scaled = 0;  // the value times 10^places, when problem is none
    DecimalProblem problem = DecimalProblem::none;
    explicit operator bool() const { return problem == DecimalProblem::none; }
};

struct DecimalFormat {
    int places = 0;      // decimal places the value keeps, 0 to 18
    bool sign = false;   // a leading '-' or '+' may be written
    long long largest = std::numeric_limits<long long>::max();  // of |scaled|
};

// DIGITS[.DIGITS], with a sign first when format.sign allows one. Leading
// zeros are fine (007 is 7); fewer decimals than `places` are filled with
// zeros ("1.5" at 2 places is 150).
Decimal parse_decimal(std::string_view text, DecimalFormat format);

// A whole number of 0 or more: parse_decimal at 0 places, without a sign.
inline Decimal parse_count(std::string_view text,
                           long long largest = std::numeric_limits<long long>::max()) {
    return parse_decimal(text, DecimalFormat{0, false, largest});
}

// "$1,000", "$1000" or "$1,000.50" in cents. Commas, when used, must group
// the dollars by thousands, so "$1,00" is not a number (rather than $100)
// and neither is "$1000,000".
Decimal parse_money(std::string_view text, long long largest_cents = std::numeric_limits<long long>::max());

// The text of a scaled value: 15000 at 4 places is "1.5000". For messages
// that name a limit ("up to 9999999999999.99").
std::string decimal_text(long long scaled, int places);

// "000" or "000.50": what follows a thousands comma of an amount of money.
// In a YAML flow list, [$1,000, 2.0] is split at that comma, and a reader
// tells the split from two values by this.
bool is_thousands_group(std::string_view s);

}  // namespace bargain
