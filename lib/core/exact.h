// Exact rational numbers, for money that must come out to the cent.
//
// Costing multiplies a payroll by raises exact to a millionth, year after
// year (ten years put 10^60 in the denominator), and will multiply salary
// cells by FTE decimals and compounding percentages. Rounding any
// intermediate would make a figure depend on how it was computed, so every
// figure is computed as an exact fraction and rounded once, by `rounded`,
// half away from zero, as SPEC.md says money is.
//
// GMP does the arithmetic. Only exact.cpp includes <gmpxx.h> (checked by
// tests/include_direction.py): the rest of the library sees this small
// value type and neither GMP's types nor its expression templates.
#pragma once

#include <compare>
#include <iosfwd>
#include <optional>
#include <string>

namespace bargain {

class Rational {
public:
    Rational();                                            // zero
    Rational(long long n);                                 // NOLINT: an integer is a rational
    Rational(long long numerator, long long denominator);  // requires denominator != 0
    Rational(const Rational& other);
    Rational(Rational&& other) noexcept;                   // leaves `other` zero
    Rational& operator=(const Rational& other);
    Rational& operator=(Rational&& other) noexcept;
    ~Rational();

    Rational& operator+=(const Rational& b);
    Rational& operator-=(const Rational& b);
    Rational& operator*=(const Rational& b);
    Rational& operator/=(const Rational& b);  // requires b != 0
    friend Rational operator+(Rational a, const Rational& b) { return a += b; }
    friend Rational operator-(Rational a, const Rational& b) { return a -= b; }
    friend Rational operator*(Rational a, const Rational& b) { return a *= b; }
    friend Rational operator/(Rational a, const Rational& b) { return a /= b; }
    Rational operator-() const;

    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);
    friend bool operator==(const Rational& a, const Rational& b);

private:
    friend struct RationalAccess;
    // An mpq_class, constructed in place by exact.cpp (which checks that it
    // fits): held by value rather than through a pointer, so a Rational
    // costs no allocation beyond GMP's own.
    alignas(void*) unsigned char value_[32];
};

// `x` to the nearest integer, halves away from zero (2.5 is 3, -2.5 is -3):
// the one rounding money gets, with `x` in cents. None when the result is
// beyond what a long long holds (its magnitude at least 2^63).
std::optional<long long> rounded(const Rational& x);

// "-7/2", "3": lowest terms, for test messages and debugging, never for users.
std::string to_string(const Rational& x);
std::ostream& operator<<(std::ostream& out, const Rational& x);

}  // namespace bargain
