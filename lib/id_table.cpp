#include "id_table.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <sys/mman.h>

namespace bargain {

IdTable::Key::Key(std::string_view s) : id_(s) {
    // A multiply-xorshift mix over 8-byte words: fast for short ids, and
    // every input bit reaches the top bits that place the slot.
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    std::uint64_t head = 0, tail = 0;
    std::memcpy(&head, p, n < 8 ? n : 8);
    if (n > 8) std::memcpy(&tail, p + n - 8, 8);
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
    std::uint32_t length = s.size() < 31 ? static_cast<std::uint32_t>(s.size()) : 31;
    head_ = head;
    tail_ = tail;
    hash_ = static_cast<std::uint32_t>(h >> 32);
    length_bits_ = length << 27;
}

bool IdTable::matches(const Slot& slot, const Key& k) const {
    if (slot.hash != k.hash_ || slot.head != k.head_ || slot.tail != k.tail_ ||
        (slot.entry & ~kIndexMask) != k.length_bits_)
        return false;
    // Same length, first and last 8 bytes: only a longer id has more to compare.
    return k.id_.size() <= 16 || at((slot.entry & kIndexMask) - 1) == k.id_;
}

IdTable::Slots::Slots(std::size_t n) : size_(n) {
    std::size_t bytes = n * sizeof(Slot);
    if (bytes >= (std::size_t{2} << 20)) {
        void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
#ifdef MADV_HUGEPAGE
            ::madvise(p, bytes, MADV_HUGEPAGE);
#endif
            data_ = static_cast<Slot*>(p);
            mapped_ = true;
            return;
        }
    }
    data_ = static_cast<Slot*>(std::calloc(n, sizeof(Slot)));
    if (!data_) throw std::bad_alloc();
}

IdTable::Slots::~Slots() {
    if (mapped_) ::munmap(data_, size_ * sizeof(Slot));
    else std::free(data_);
}

IdTable::Slots::Slots(Slots&& o) noexcept : data_(o.data_), size_(o.size_), mapped_(o.mapped_) {
    o.data_ = nullptr;
    o.size_ = 0;
    o.mapped_ = false;
}

IdTable::Slots& IdTable::Slots::operator=(Slots&& o) noexcept {
    if (this != &o) {
        this->~Slots();
        new (this) Slots(std::move(o));
    }
    return *this;
}

std::string_view IdTable::at(std::uint32_t index) const {
    std::uint64_t span = spans_[index];
    return std::string_view(arena_.data() + (span >> 16), span & 0xFFFF);
}

void IdTable::reserve(std::size_t n, std::size_t bytes) {
    spans_.reserve(n);
    arena_.reserve(bytes);
    std::size_t want = 16;
    unsigned bits = 4;
    while (want * 3 < n * 4) {  // at most 3/4 full: short probes, half the memory of 1/2
        want *= 2;
        ++bits;
    }
    if (want <= slots_.size()) return;
    Slots old = std::move(slots_);
    slots_ = Slots(want);
    mask_ = want - 1;
    shift_ = 32 - bits;
    for (const Slot& slot : old) {
        if (!slot.entry) continue;
        std::uint64_t i = home(slot.hash);
        while (slots_[i].entry) i = (i + 1) & mask_;
        slots_[i] = slot;
    }
}

void IdTable::grow() { reserve(slots_.empty() ? 8 : slots_.size()); }

void IdTable::prefetch(const Key& key) const {
    if (slots_.empty()) return;
    // A 24-byte slot can straddle two cache lines; load both, and the next
    // slot's, which a probe often reaches.
    const char* at = reinterpret_cast<const char*>(&slots_[home(key.hash_)]);
    __builtin_prefetch(at);
    __builtin_prefetch(at + 2 * sizeof(Slot) - 1);
}

std::optional<std::uint32_t> IdTable::find(const Key& key) const {
    if (slots_.empty()) return std::nullopt;
    for (std::uint64_t i = home(key.hash_);; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (!slot.entry) return std::nullopt;
        if (matches(slot, key)) return (slot.entry & kIndexMask) - 1;
    }
}

std::pair<std::uint32_t, bool> IdTable::insert(const Key& key) {
    if ((spans_.size() + 1) * 4 > slots_.size() * 3) grow();
    std::string_view id = key.id_;
    std::uint64_t i = home(key.hash_);
    for (;; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (!slot.entry) break;
        if (matches(slot, key)) return {(slot.entry & kIndexMask) - 1, false};
    }
    // Callers bound ids to limits::kMaxIdBytes, well under the 16-bit length;
    // 2^27 distinct ids would need tens of GiB before this could wrap.
    if (spans_.size() + 1 >= kIndexMask) throw std::length_error("more than 134 million distinct ids");
    std::uint32_t index = static_cast<std::uint32_t>(spans_.size());
    spans_.push_back(static_cast<std::uint64_t>(arena_.size()) << 16 | id.size());
    arena_.append(id);
    slots_[i] = Slot{key.head_, key.tail_, key.hash_, key.length_bits_ | (index + 1)};
    return {index, true};
}

}  // namespace bargain
