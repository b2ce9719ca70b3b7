// A non-negative integer of any size, for costing offers exactly.
//
// A unit's cost in year k is payroll x (1+r1)...(1+rk) - payroll, and each
// raise is exact to a millionth (a ten-thousandth of a percent), so the
// exact value is a fraction over 10^(6k): ten contract years need more than
// 200 bits, past even __int128. Rounding an intermediate product would make
// a year's cost depend on how it was computed; with this type every year is
// computed exactly and rounded once. Only what costing needs is here:
// add, subtract, multiply, compare, and divide by a small number.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

namespace bargain {

class Natural {
public:
    Natural() = default;
    Natural(std::uint64_t n);  // NOLINT: a number is a Natural

    Natural& operator+=(const Natural& b);
    // Requires *this >= b.
    Natural& operator-=(const Natural& b);
    Natural& operator*=(const Natural& b);
    friend Natural operator+(Natural a, const Natural& b) { return a += b; }
    friend Natural operator-(Natural a, const Natural& b) { return a -= b; }
    friend Natural operator*(Natural a, const Natural& b) { return a *= b; }

    // Divides in place by `d` (> 0), rounding down; returns the remainder.
    std::uint32_t divide(std::uint32_t d);

    friend std::strong_ordering operator<=>(const Natural& a, const Natural& b);
    friend bool operator==(const Natural& a, const Natural& b) = default;

    // The value, when it fits.
    std::optional<std::uint64_t> to_u64() const;

private:
    void trim();
    std::vector<std::uint32_t> limbs_;  // least significant first, no leading zero limbs
};

// x / divisor^times (divisor > 0), rounded to the nearest integer, halves
// away from zero (for a natural number: up). Exact: one rounding, at the end.
Natural divide_rounded(const Natural& x, std::uint32_t divisor, unsigned times);

}  // namespace bargain
