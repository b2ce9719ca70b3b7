// The adapter to GMP's C++ classes: a Rational holds an mpq_class, built in
// place in its storage, and every operation is GMP's, which keeps fractions
// in lowest terms and never rounds. What is ours is the crossing in and out:
// long long to GMP and back (gmpxx speaks long, which is 32 bits on some of
// Debian's architectures), and the rounding half away from zero.
#include "core/exact.h"

#include <gmpxx.h>

#include <new>
#include <ostream>
#include <utility>

namespace bargain {

static_assert(sizeof(mpq_class) <= sizeof(Rational) && alignof(mpq_class) <= alignof(Rational),
              "Rational's storage must hold an mpq_class: enlarge value_ in core/exact.h");

struct RationalAccess {
    static mpq_class& of(Rational& r) { return *std::launder(reinterpret_cast<mpq_class*>(r.value_)); }
    static const mpq_class& of(const Rational& r) {
        return *std::launder(reinterpret_cast<const mpq_class*>(r.value_));
    }
    static void* storage(Rational& r) { return r.value_; }
};

namespace {

const mpq_class& q(const Rational& r) { return RationalAccess::of(r); }
mpq_class& q(Rational& r) { return RationalAccess::of(r); }

mpz_class integer(long long n) {
    unsigned long long magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    mpz_class z;
    mpz_import(z.get_mpz_t(), 1, -1, sizeof magnitude, 0, 0, &magnitude);
    if (n < 0) z = -z;
    return z;
}

std::optional<long long> to_long_long(const mpz_class& z) {
    if (mpz_sizeinbase(z.get_mpz_t(), 2) > 63) return std::nullopt;
    unsigned long long magnitude = 0;  // mpz_export writes nothing for zero
    mpz_export(&magnitude, nullptr, -1, sizeof magnitude, 0, 0, z.get_mpz_t());
    long long v = static_cast<long long>(magnitude);
    return sgn(z) < 0 ? -v : v;
}

}  // namespace

Rational::Rational() { new (RationalAccess::storage(*this)) mpq_class(); }

Rational::Rational(long long n) { new (RationalAccess::storage(*this)) mpq_class(integer(n)); }

Rational::Rational(long long numerator, long long denominator) {
    mpq_class& v = *new (RationalAccess::storage(*this)) mpq_class(integer(numerator), integer(denominator));
    v.canonicalize();  // GMP's operations expect lowest terms and a positive denominator
}

Rational::Rational(const Rational& other) { new (RationalAccess::storage(*this)) mpq_class(q(other)); }

Rational::Rational(Rational&& other) noexcept {
    new (RationalAccess::storage(*this)) mpq_class(std::move(q(other)));
}

Rational& Rational::operator=(const Rational& other) {
    q(*this) = q(other);
    return *this;
}

Rational& Rational::operator=(Rational&& other) noexcept {
    q(*this).swap(q(other));
    return *this;
}

Rational::~Rational() { q(*this).~mpq_class(); }

Rational& Rational::operator+=(const Rational& b) {
    q(*this) += q(b);
    return *this;
}

Rational& Rational::operator-=(const Rational& b) {
    q(*this) -= q(b);
    return *this;
}

Rational& Rational::operator*=(const Rational& b) {
    q(*this) *= q(b);
    return *this;
}

Rational& Rational::operator/=(const Rational& b) {
    q(*this) /= q(b);
    return *this;
}

Rational Rational::operator-() const {
    Rational r = *this;
    mpq_neg(q(r).get_mpq_t(), q(r).get_mpq_t());
    return r;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    int c = cmp(q(a), q(b));
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

bool operator==(const Rational& a, const Rational& b) { return q(a) == q(b); }

std::optional<long long> rounded(const Rational& x) {
    const mpq_class& v = q(x);
    mpz_class quotient, remainder;
    mpz_tdiv_qr(quotient.get_mpz_t(), remainder.get_mpz_t(), v.get_num_mpz_t(), v.get_den_mpz_t());
    // Truncation dropped |remainder| / denominator, less than one; a half or
    // more moves the result one further from zero.
    if (2 * abs(remainder) >= v.get_den()) quotient += sgn(v.get_num());
    return to_long_long(quotient);
}

std::string to_string(const Rational& x) { return q(x).get_str(); }

std::ostream& operator<<(std::ostream& out, const Rational& x) { return out << to_string(x); }

}  // namespace bargain
