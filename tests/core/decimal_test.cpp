// Exact decimals and money as campaign files write them: a payroll, a wage
// increase, a flat raise. A number read wrong is a cost or a count wrong,
// so the edges are pinned down here.
#include <doctest/doctest.h>

#include <limits>

#include "core/decimal.h"

using namespace bargain;

namespace {

constexpr long long kMax = std::numeric_limits<long long>::max();

DecimalProblem problem_of(std::string_view text, DecimalFormat format) { return parse_decimal(text, format).problem; }

long long scaled(std::string_view text, DecimalFormat format) {
    Decimal d = parse_decimal(text, format);
    INFO(text);
    REQUIRE(d);
    return d.scaled;
}

long long cents(std::string_view text) {
    Decimal d = parse_money(text);
    INFO(text);
    REQUIRE(d);
    return d.scaled;
}

}  // namespace

TEST_CASE("a wage increase of 1.5 percent is 15000 ten-thousandths") {
    CHECK(scaled("1.5", {4, true}) == 15000);
    CHECK(scaled("0.0001", {4, true}) == 1);
    CHECK(scaled("-2.25", {4, true}) == -22500);
    CHECK(scaled("+3", {4, true}) == 30000);
    CHECK(scaled("007", {0}) == 7);
    CHECK(scaled("9450000.00", {2}) == 945000000);
}

TEST_CASE("text that is not a plain decimal number is not a number") {
    for (const char* text : {"", "-", "+", ".", ".5", "5.", "1e3", "1,5", " 5", "5 ", "0x10", "1.2.3", "--1", "five",
                             "1_000", "\xef\xbc\x91"})
        CHECK_MESSAGE(problem_of(text, {2, true}) == DecimalProblem::not_a_number, "'" << text << "'");
}

TEST_CASE("a sign is not a number where none may be written") {
    CHECK(problem_of("-3", {0}) == DecimalProblem::not_a_number);
    CHECK(problem_of("+3", {0}) == DecimalProblem::not_a_number);
    CHECK(scaled("-0", {0, true}) == 0);
}

TEST_CASE("more decimals than the value keeps are too precise, not a different number") {
    CHECK(problem_of("1.005", {2}) == DecimalProblem::too_precise);
    CHECK(problem_of("1.50000", {4}) == DecimalProblem::too_precise);
    CHECK(problem_of("3.0", {0}) == DecimalProblem::too_precise);
    // Only a number can be too precise.
    CHECK(problem_of("1.00x", {2}) == DecimalProblem::not_a_number);
}

TEST_CASE("a value beyond the largest is refused, never wrapped") {
    CHECK(scaled("9223372036854775807", {0}) == kMax);
    CHECK(problem_of("9223372036854775808", {0}) == DecimalProblem::too_large);
    CHECK(scaled("-9223372036854775807", {0, true}) == -kMax);
    CHECK(problem_of("99999999999999999999999999999999", {0}) == DecimalProblem::too_large);
    CHECK(problem_of("92233720368547758.08", {2}) == DecimalProblem::too_large);
    CHECK(scaled("92233720368547758.07", {2}) == kMax);
    // The caller's largest: a law preset's century of days.
    CHECK(scaled("36600", {0, false, 36600}) == 36600);
    CHECK(problem_of("36601", {0, false, 36600}) == DecimalProblem::too_large);
    CHECK(problem_of("-36601", {0, true, 36600}) == DecimalProblem::too_large);
    // Leading zeros do not make a number large.
    CHECK(scaled("00000000000000000000000000000000012", {0, false, 12}) == 12);
}

TEST_CASE("a count is a whole number of 0 or more") {
    CHECK(parse_count("180").scaled == 180);
    CHECK(parse_count("0"));
    CHECK(parse_count("-1").problem == DecimalProblem::not_a_number);
    CHECK(parse_count("1.0").problem == DecimalProblem::too_precise);
    CHECK(parse_count("1000", 999).problem == DecimalProblem::too_large);
}

TEST_CASE("a flat raise of $1,000.50 is 100050 cents") {
    CHECK(cents("$1,000") == 100000);
    CHECK(cents("$1000") == 100000);
    CHECK(cents("$1,000.50") == 100050);
    CHECK(cents("$1,000.5") == 100050);
    CHECK(cents("$0.99") == 99);
    CHECK(cents("$12,345,678") == 1234567800);
    CHECK(cents("$999") == 99900);
}

TEST_CASE("commas in money must group the dollars by thousands") {
    for (const char* text : {"$1,00", "$1000,000", "$,000", "$1,,000", "$1,000,", "$1,0000", "$1,000.5,0", "$1.000,50",
                             "$12,34,567", "1,000", "$", "$.50", "$1.", "$-5", "$ 5", "$1,00a"})
        CHECK_MESSAGE(parse_money(text).problem == DecimalProblem::not_a_number, "'" << text << "'");
    CHECK(parse_money("$1,000.505").problem == DecimalProblem::too_precise);
    CHECK(parse_money("$92,233,720,368,547,758.08").problem == DecimalProblem::too_large);
    CHECK(parse_money("$1,000", 99999).problem == DecimalProblem::too_large);
}

TEST_CASE("what follows a thousands comma is three digits and maybe cents") {
    CHECK(is_thousands_group("000"));
    CHECK(is_thousands_group("000.5"));
    CHECK(is_thousands_group("000.50"));
    CHECK_FALSE(is_thousands_group("00"));
    CHECK_FALSE(is_thousands_group("0000"));
    CHECK_FALSE(is_thousands_group("000."));
    CHECK_FALSE(is_thousands_group("000.505"));
    CHECK_FALSE(is_thousands_group("2.0"));
}

TEST_CASE("a limit is named with its decimal places") {
    CHECK(decimal_text(999999999999999, 2) == "9999999999999.99");
    CHECK(decimal_text(15000, 4) == "1.5000");
    CHECK(decimal_text(5, 2) == "0.05");
    CHECK(decimal_text(-5, 2) == "-0.05");
    CHECK(decimal_text(36600, 0) == "36600");
    CHECK(decimal_text(std::numeric_limits<long long>::min(), 0) == "-9223372036854775808");
}

TEST_CASE("a digit larger than the largest is too large, even the first") {
    CHECK(parse_count("5", 0).problem == DecimalProblem::too_large);
    CHECK(parse_count("0", 0));
    CHECK(parse_count("5", 4).problem == DecimalProblem::too_large);
}
