// Schoolbook arithmetic on 32-bit limbs with 64-bit intermediates. The
// numbers costing builds are a few hundred bits, so nothing cleverer pays.
#include "offers/natural.h"

#include <algorithm>

namespace bargain {

Natural::Natural(std::uint64_t n) {
    while (n) {
        limbs_.push_back(static_cast<std::uint32_t>(n));
        n >>= 32;
    }
}

void Natural::trim() {
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
}

Natural& Natural::operator+=(const Natural& b) {
    if (limbs_.size() < b.limbs_.size()) limbs_.resize(b.limbs_.size(), 0);
    std::uint64_t carry = 0;
    for (size_t i = 0; i < limbs_.size(); ++i) {
        std::uint64_t sum = carry + limbs_[i] + (i < b.limbs_.size() ? b.limbs_[i] : 0);
        limbs_[i] = static_cast<std::uint32_t>(sum);
        carry = sum >> 32;
        if (!carry && i >= b.limbs_.size()) break;
    }
    if (carry) limbs_.push_back(static_cast<std::uint32_t>(carry));
    return *this;
}

Natural& Natural::operator-=(const Natural& b) {
    std::int64_t borrow = 0;
    for (size_t i = 0; i < limbs_.size(); ++i) {
        std::int64_t diff = static_cast<std::int64_t>(limbs_[i]) - borrow - (i < b.limbs_.size() ? b.limbs_[i] : 0);
        borrow = diff < 0;
        limbs_[i] = static_cast<std::uint32_t>(diff + (borrow << 32));
        if (!borrow && i >= b.limbs_.size()) break;
    }
    trim();
    return *this;
}

Natural& Natural::operator*=(const Natural& b) {
    if (limbs_.empty() || b.limbs_.empty()) {
        limbs_.clear();
        return *this;
    }
    std::vector<std::uint32_t> product(limbs_.size() + b.limbs_.size(), 0);
    for (size_t i = 0; i < limbs_.size(); ++i) {
        std::uint64_t carry = 0;
        for (size_t j = 0; j < b.limbs_.size(); ++j) {
            // At most (2^32-1)^2 + 2(2^32-1) = 2^64-1: never overflows.
            std::uint64_t t = static_cast<std::uint64_t>(limbs_[i]) * b.limbs_[j] + product[i + j] + carry;
            product[i + j] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        product[i + b.limbs_.size()] = static_cast<std::uint32_t>(carry);
    }
    limbs_ = std::move(product);
    trim();
    return *this;
}

std::uint32_t Natural::divide(std::uint32_t d) {
    std::uint64_t rest = 0;
    for (size_t i = limbs_.size(); i-- > 0;) {
        std::uint64_t cur = (rest << 32) | limbs_[i];
        limbs_[i] = static_cast<std::uint32_t>(cur / d);
        rest = cur % d;
    }
    trim();
    return static_cast<std::uint32_t>(rest);
}

std::strong_ordering operator<=>(const Natural& a, const Natural& b) {
    if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() <=> b.limbs_.size();
    return std::lexicographical_compare_three_way(a.limbs_.rbegin(), a.limbs_.rend(), b.limbs_.rbegin(),
                                                  b.limbs_.rend());
}

std::optional<std::uint64_t> Natural::to_u64() const {
    if (limbs_.size() > 2) return std::nullopt;
    std::uint64_t n = 0;
    for (size_t i = limbs_.size(); i-- > 0;) n = (n << 32) | limbs_[i];
    return n;
}

Natural divide_rounded(const Natural& x, std::uint32_t divisor, unsigned times) {
    // floor((2x + D) / 2D) with D = divisor^times; floor(floor(a/b)/c) is
    // floor(a/bc), so dividing step by step loses nothing.
    Natural d = 1;
    for (unsigned i = 0; i < times; ++i) d *= divisor;
    Natural y = x + x + d;
    y.divide(2);
    for (unsigned i = 0; i < times; ++i) y.divide(divisor);
    return y;
}

}  // namespace bargain
