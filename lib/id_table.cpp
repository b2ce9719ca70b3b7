#include "id_table.h"

#include <cstring>

namespace bargain {

std::uint64_t IdTable::hash(std::string_view s) {
    // A multiply-xorshift mix over 8-byte words: fast for short ids, and
    // every input bit reaches the high bits kept in the slot.
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    while (n >= 8) {
        std::uint64_t k;
        std::memcpy(&k, p, 8);
        h = (h ^ k) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t k = 0;
        std::memcpy(&k, p, n);
        h = (h ^ k) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    h *= 0x94D049BB133111EBull;
    h ^= h >> 29;
    return h;
}

std::string_view IdTable::at(std::uint32_t index) const {
    std::uint64_t span = spans_[index];
    return std::string_view(arena_.data() + (span >> 16), span & 0xFFFF);
}

void IdTable::reserve(std::size_t n) {
    spans_.reserve(n);
    std::size_t want = 16;
    while (want < n * 2) want *= 2;
    if (want > slots_.size()) {
        std::vector<std::uint64_t> old = std::move(slots_);
        slots_.assign(want, 0);
        mask_ = want - 1;
        for (std::uint64_t slot : old) {
            if (!slot) continue;
            std::uint32_t index = static_cast<std::uint32_t>(slot) - 1;
            std::uint64_t i = hash(at(index)) & mask_;
            while (slots_[i]) i = (i + 1) & mask_;
            slots_[i] = slot;
        }
    }
}

void IdTable::grow() { reserve(slots_.empty() ? 8 : slots_.size()); }

std::optional<std::uint32_t> IdTable::find(std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    std::uint64_t h = hash(id);
    std::uint64_t tag = h >> 32;
    for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
        std::uint64_t slot = slots_[i];
        if (!slot) return std::nullopt;
        if ((slot >> 32) == tag) {
            std::uint32_t index = static_cast<std::uint32_t>(slot) - 1;
            if (at(index) == id) return index;
        }
    }
}

std::pair<std::uint32_t, bool> IdTable::insert(std::string_view id) {
    if ((spans_.size() + 1) * 2 > slots_.size()) grow();
    std::uint64_t h = hash(id);
    std::uint64_t tag = h >> 32;
    std::uint64_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
        std::uint64_t slot = slots_[i];
        if (!slot) break;
        if ((slot >> 32) == tag) {
            std::uint32_t index = static_cast<std::uint32_t>(slot) - 1;
            if (at(index) == id) return {index, false};
        }
    }
    // Callers bound ids to limits::kMaxIdBytes, well under the 16-bit length.
    std::uint32_t index = static_cast<std::uint32_t>(spans_.size());
    spans_.push_back(static_cast<std::uint64_t>(arena_.size()) << 16 | id.size());
    arena_.append(id);
    slots_[i] = tag << 32 | (static_cast<std::uint64_t>(index) + 1);
    return {index, true};
}

}  // namespace bargain
