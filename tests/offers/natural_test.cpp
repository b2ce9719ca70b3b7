// Natural: the exact integers costing stands on. Checked against __int128
// where that is wide enough, and against known powers where it is not.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>

#include "offers/natural.h"

using namespace bargain;

namespace {

// A Natural from an unsigned __int128, built with the operations under test.
Natural from128(unsigned __int128 v) {
    return Natural(static_cast<std::uint64_t>(v >> 64)) * Natural(std::uint64_t{1} << 32) *
               Natural(std::uint64_t{1} << 32) +
           Natural(static_cast<std::uint64_t>(v));
}

Natural power_of_ten(int n) {
    Natural p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

}  // namespace

TEST_CASE("small numbers add, subtract, multiply and divide like machine integers") {
    CHECK((Natural(2) + Natural(3)).to_u64() == 5);
    CHECK((Natural(10) - Natural(3)).to_u64() == 7);
    CHECK((Natural(6) * Natural(7)).to_u64() == 42);
    Natural n = 47;
    CHECK(n.divide(10) == 7);
    CHECK(n.to_u64() == 4);
    CHECK((Natural(5) - Natural(5)) == Natural(0));
    CHECK(Natural(0).to_u64() == 0);
    CHECK((Natural(0) * Natural(99)) == Natural(0));
}

TEST_CASE("a carry runs through every limb and a borrow back through them") {
    Natural max64 = UINT64_MAX;
    Natural big = max64 + Natural(1);  // 2^64: three limbs
    CHECK(!big.to_u64());
    CHECK((big - Natural(1)).to_u64() == UINT64_MAX);
    CHECK(big > max64);
    CHECK(max64 < big);
}

TEST_CASE("random products and quotients agree with __int128") {
    std::mt19937_64 rng(20200204);
    for (int i = 0; i < 2000; ++i) {
        std::uint64_t a = rng(), b = rng() >> (rng() % 64);
        std::uint32_t d = static_cast<std::uint32_t>(rng() % 0xFFFFFFFFu) + 1;
        unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
        Natural n = Natural(a) * Natural(b);
        CHECK(n == from128(p));
        std::uint32_t rest = n.divide(d);
        CHECK(rest == static_cast<std::uint32_t>(p % d));
        CHECK(n == from128(p / d));
        unsigned __int128 s = p / d + a;
        CHECK(n + Natural(a) == from128(s));
        CHECK((Natural(a) <=> Natural(b)) == (a <=> b));
    }
}

TEST_CASE("numbers past 128 bits: 10^60 is 10^30 squared, and divides back to 1") {
    Natural n = power_of_ten(30) * power_of_ten(30);
    CHECK(n == power_of_ten(60));
    for (int i = 0; i < 60; ++i) CHECK(n.divide(10) == 0);
    CHECK(n.to_u64() == 1);
    CHECK(power_of_ten(61) - power_of_ten(60) == power_of_ten(60) * Natural(9));
}

TEST_CASE("divide_rounded rounds halves up and everything else to the nearest") {
    CHECK(divide_rounded(15, 10, 1).to_u64() == 2);
    CHECK(divide_rounded(14, 10, 1).to_u64() == 1);
    CHECK(divide_rounded(149, 10, 2).to_u64() == 1);
    CHECK(divide_rounded(150, 10, 2).to_u64() == 2);
    CHECK(divide_rounded(0, 1000000, 3).to_u64() == 0);
    // Half of 10^36, over 10^36: exactly one half rounds to one.
    Natural half = power_of_ten(36);
    half.divide(2);
    CHECK(divide_rounded(half, 1000000, 6).to_u64() == 1);
    CHECK(divide_rounded(half - Natural(1), 1000000, 6).to_u64() == 0);
}
