// Rational: exact fractions, and the one rounding money gets. The rounding
// is checked at every boundary (just under, at and just over a half, on
// both sides of zero) and at the ends of what a long long holds; the
// arithmetic past 128 bits, where costing's denominators go.
#include <doctest/doctest.h>

#include <climits>
#include <optional>
#include <string>

#include "core/exact.h"

using namespace bargain;

namespace {

// 10^n, built by the operations under test.
Rational power_of_ten(int n) {
    Rational p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

}  // namespace

TEST_CASE("fractions are kept in lowest terms, with the sign on the numerator") {
    CHECK(to_string(Rational(6, 4)) == "3/2");
    CHECK(to_string(Rational(3, -6)) == "-1/2");
    CHECK(to_string(Rational(-4, -2)) == "2");
    CHECK(Rational(2, 4) == Rational(1, 2));
    CHECK(to_string(Rational()) == "0");
}

TEST_CASE("sums, differences, products and quotients are exact") {
    CHECK(Rational(1, 3) + Rational(1, 6) == Rational(1, 2));
    CHECK(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6));
    CHECK(Rational(2, 3) * Rational(9, 4) == Rational(3, 2));
    CHECK(Rational(2, 3) / Rational(4, 9) == Rational(3, 2));
    CHECK(-Rational(5, 7) == Rational(-5, 7));
    // A tenth is exact here, never 0.1000000000000000055...
    Rational sum;
    for (int i = 0; i < 10; ++i) sum += Rational(1, 10);
    CHECK(sum == 1);
}

TEST_CASE("rationals compare by value") {
    CHECK(Rational(1, 3) < Rational(1, 2));
    CHECK(Rational(-1, 2) < Rational(-1, 3));
    CHECK((Rational(2, 6) <=> Rational(1, 3)) == std::strong_ordering::equal);
    CHECK(Rational(7) > Rational(13, 2));
}

TEST_CASE("the whole range of a long long goes in and comes back") {
    CHECK(rounded(Rational(LLONG_MAX)) == LLONG_MAX);
    CHECK(rounded(Rational(-LLONG_MAX)) == -LLONG_MAX);
    CHECK(to_string(Rational(LLONG_MIN)) == "-9223372036854775808");
    CHECK(to_string(Rational(LLONG_MAX, LLONG_MIN)) == "-9223372036854775807/9223372036854775808");
    CHECK(rounded(Rational(0)) == 0);
}

TEST_CASE("rounding takes halves away from zero and everything else to the nearest") {
    CHECK(rounded(Rational(5, 2)) == 3);
    CHECK(rounded(Rational(-5, 2)) == -3);
    CHECK(rounded(Rational(1, 2)) == 1);
    CHECK(rounded(Rational(-1, 2)) == -1);
    CHECK(rounded(Rational(7, 3)) == 2);
    CHECK(rounded(Rational(8, 3)) == 3);
    CHECK(rounded(Rational(-7, 3)) == -2);
    CHECK(rounded(Rational(-8, 3)) == -3);
    CHECK(rounded(Rational(4, 2)) == 2);
}

TEST_CASE("a hair under a half rounds down, however small the hair") {
    Rational hair = Rational(1) / power_of_ten(40);
    CHECK(rounded(Rational(1, 2) - hair) == 0);
    CHECK(rounded(Rational(1, 2) + hair) == 1);
    CHECK(rounded(Rational(-1, 2) + hair) == 0);
    CHECK(rounded(Rational(-1, 2) - hair) == -1);
    CHECK(rounded(Rational(123456789) + Rational(1, 2) - hair) == 123456789);
}

TEST_CASE("a result a long long cannot hold is none, not a wrapped number") {
    CHECK_FALSE(rounded(Rational(LLONG_MAX) + 1));
    CHECK_FALSE(rounded(Rational(LLONG_MIN)));  // -2^63 itself is out: the range is symmetric
    CHECK_FALSE(rounded(power_of_ten(30)));
    // Just under the top rounds down into range; a half over it does not.
    CHECK(rounded(Rational(LLONG_MAX) + Rational(1, 3)) == LLONG_MAX);
    CHECK_FALSE(rounded(Rational(LLONG_MAX) + Rational(1, 2)));
}

TEST_CASE("numbers past 128 bits: 10^60 over 10^60 is one, and a cent over it stays exact") {
    CHECK(power_of_ten(30) * power_of_ten(30) == power_of_ten(60));
    CHECK(power_of_ten(60) / power_of_ten(60) == 1);
    // What ten years of raises exact to a millionth build: a payroll over
    // 10^60, rounded once.
    Rational payroll = (power_of_ten(60) * 945000000 + power_of_ten(60) / 2) / power_of_ten(60);
    CHECK(rounded(payroll) == 945000001);
    CHECK(rounded(payroll - Rational(1) / power_of_ten(60)) == 945000000);
}

TEST_CASE("a copy is independent, and a moved-from rational can be assigned again") {
    Rational a(3, 4);
    Rational b = a;
    b += 1;
    CHECK(a == Rational(3, 4));
    CHECK(b == Rational(7, 4));
    Rational c = std::move(b);
    CHECK(c == Rational(7, 4));
    b = Rational(1, 5);
    CHECK(b == Rational(1, 5));
    a = std::move(c);
    CHECK(a == Rational(7, 4));
    a = a;  // NOLINT: self-assignment must be harmless
    CHECK(a == Rational(7, 4));
}
