// libFuzzer target: money's one rounding, and the costing built on it,
// against a reference computed another way.
//
// The library keeps every figure as a GMP fraction in lowest terms and
// rounds it by truncating and looking at the remainder (core/exact.cpp).
// The reference here never reduces a fraction: it keeps a unit's payroll as
// an integer numerator over 10^(6k) in unsigned __int128, as the costing's
// arithmetic was first written, and rounds by floor((2|x| + d) / 2d). The
// inputs are bounded so that every reference number fits in 128 bits (at
// most three contract years); within those bounds both must agree to the
// cent, and every rounding must also be within half a cent, a tie going
// away from zero.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

#include "campaign/campaign.h"
#include "core/exact.h"
#include "offers/offer_costing.h"

using namespace bargain;

namespace {

using i128 = __int128;

[[noreturn]] void mismatch() { std::abort(); }

// x / d (d > 0) to the nearest integer, halves away from zero.
i128 reference_rounded(i128 x, i128 d) {
    i128 magnitude = x < 0 ? -x : x;
    i128 q = (2 * magnitude + d) / (2 * d);
    return x < 0 ? -q : q;
}

// rounded(p / q) for any long longs p and q != 0.
void check_fraction(long long p, long long q) {
    std::optional<long long> got = rounded(Rational(p, q));
    i128 num = q < 0 ? -static_cast<i128>(p) : p, den = q < 0 ? -static_cast<i128>(q) : q;
    i128 want = reference_rounded(num, den);
    // rounded's range is symmetric: -2^63 itself is outside it.
    if (want < -static_cast<i128>(INT64_MAX) || want > INT64_MAX) {
        if (got) mismatch();
        return;
    }
    if (!got || *got != want) mismatch();
    // Within half: |num - got x den| <= den / 2, and at exactly half, away
    // from zero (the result's magnitude exceeds the exact value's).
    i128 off = num - static_cast<i128>(*got) * den;
    i128 twice = 2 * (off < 0 ? -off : off);
    if (twice > den) mismatch();
    if (twice == den && ((num > 0 && off > 0) || (num < 0 && off < 0))) mismatch();
}

// One unit and one offer of one to three years, costed by the library and
// by the reference.
void check_costing(FuzzedDataProvider& in) {
    Campaign c;
    Unit u;
    u.id = "u";
    // To $11 billion: three years of 1000% raises then stay within the
    // costing's limit of $100 trillion, so every input here is costed.
    u.payroll_cents = in.ConsumeIntegralInRange<long long>(0, (1LL << 40) - 1);
    u.members = in.ConsumeIntegralInRange<long long>(1, (1LL << 20) - 1);
    c.units.push_back(u);
    Offer o;
    o.id = "o";
    size_t years = in.ConsumeIntegralInRange<size_t>(1, 3);
    bool any_flat = false;
    for (size_t k = 0; k < years; ++k) {
        bool flat = in.ConsumeBool();
        o.wages.push_back(flat ? 0 : in.ConsumeIntegralInRange<long long>(-100 * kWageScale + 1, kMaxRaise));
        o.flat_cents.push_back(flat ? in.ConsumeIntegralInRange<long long>(1, (1LL << 24) - 1) : 0);
        any_flat = any_flat || flat;
    }
    if (!any_flat) o.flat_cents.clear();  // as the loader leaves an offer of percentages only
    c.offers.push_back(o);
    OfferCosting costing = cost_offers(c, {&c.offers[0]}, "fuzz.yaml");
    if (!costing.problems.empty() || costing.offers.size() != 1) mismatch();
    const OfferCost& got = costing.offers[0];

    const i128 million = 1000000;
    i128 n = *u.payroll_cents, scale = 1, factor = 1;
    long long total = 0;
    for (size_t k = 0; k < years; ++k) {
        scale *= million;
        if (any_flat && o.flat_cents[k] != 0) n = n * million + static_cast<i128>(*u.members) * o.flat_cents[k] * scale;
        else n *= million + o.wages[k];
        factor *= million + o.wages[k];
        i128 year = reference_rounded(n - static_cast<i128>(*u.payroll_cents) * scale, scale);
        if (got.units.at(0).per_year_cents.at(k) != year) mismatch();
        total += static_cast<long long>(year);
        // The compounded increase, in millionths: only when no year is flat.
        if (!any_flat && got.compounded_by_year.at(k) != reference_rounded((factor - scale) * million, scale))
            mismatch();
    }
    if (got.units[0].total_cents != total || got.all.total_cents != total) mismatch();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    long long p = in.ConsumeIntegral<long long>();
    long long q = in.ConsumeIntegral<long long>();
    if (q != 0) check_fraction(p, q);
    check_costing(in);
    return 0;
}
