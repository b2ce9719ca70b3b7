#include "tally/id_table.h"

#include <bit>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <sys/mman.h>

namespace bargain {

namespace {

std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// The first n < 8 bytes at p as a zero-padded word, as memcpy would leave
// them, without a call to a variable-length memcpy: every id is hashed.
std::uint64_t load_short(const char* p, std::size_t n) {
    if constexpr (std::endian::native != std::endian::little) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, n);
        return v;
    }
    if (n >= 4) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);  // overlaps lo by 8 - n bytes, the same bytes
        return lo | std::uint64_t{hi} << (8 * (n - 4));
    }
    if (n == 0) return 0;
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return u[0] | std::uint64_t{u[n / 2]} << (8 * (n / 2)) | std::uint64_t{u[n - 1]} << (8 * (n - 1));
}

// A multiply-xorshift step: every input bit reaches the top bits that place
// the slot.
std::uint64_t mix(std::uint64_t h, std::uint64_t k) {
    h = (h ^ k) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
}

}  // namespace

IdTable::Key::Key(std::string_view s) : id_(s) {
    const char* p = s.data();
    std::size_t n = s.size();
    head_ = n >= 8 ? load8(p) : load_short(p, n);
    tail_ = n > 8 ? load8(p + n - 8) : 0;
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    if (n <= 16) {
        // The length, head and tail are the whole id.
        h = mix(mix(h, head_), tail_);
    } else {
        for (std::size_t i = 0; i + 8 <= n; i += 8) h = mix(h, load8(p + i));
        if (n % 8) h = mix(h, tail_);
    }
    h *= 0x94D049BB133111EBull;
    h ^= h >> 29;
    hash_ = static_cast<std::uint32_t>(h >> 32);
    length_bits_ = static_cast<std::uint32_t>(n < 31 ? n : 31) << 27;
}

bool IdTable::matches(const Slot& slot, const Key& k) const {
    if (slot.head != k.head_ || (slot.entry & ~kIndexMask) != k.length_bits_) return false;
    // Up to 16 bytes, the length and the first and last 8 bytes are the id.
    if (k.id_.size() <= 16) return slot.tail == k.tail_;
    return (slot.tail >> 32) == k.hash_ && long_id(slot) == k.id_;
}

std::string_view IdTable::long_id(const Slot& slot) const {
    const char* at = arena_.data() + (slot.tail & 0xFFFFFFFFu) * 8;
    std::uint16_t length;
    std::memcpy(&length, at, 2);
    return std::string_view(at + 2, length);
}

std::uint64_t IdTable::store_long(const Key& key) {
    // Callers bound ids to limits::kMaxIdBytes, far below both limits.
    if (key.id_.size() > 0xFFFF) throw std::length_error("an id longer than 65535 bytes");
    std::uint64_t at = arena_.size() / 8;
    if (at > 0xFFFFFFFFu) throw std::length_error("more than 32 GiB of ids longer than 16 bytes");
    auto length = static_cast<std::uint16_t>(key.id_.size());
    arena_.append(reinterpret_cast<const char*>(&length), 2);
    arena_.append(key.id_);
    arena_.resize((arena_.size() + 7) & ~std::size_t{7}, '\0');
    return std::uint64_t{key.hash_} << 32 | at;
}

std::uint32_t IdTable::hash_of(const Slot& slot) const {
    std::uint32_t length = slot.entry >> 27;
    if (length > 16) return static_cast<std::uint32_t>(slot.tail >> 32);
    // A short id is whole in its slot: put its bytes back together.
    char bytes[16];
    std::memcpy(bytes, &slot.head, 8);
    if (length > 8) std::memcpy(bytes + length - 8, &slot.tail, 8);
    return Key(std::string_view(bytes, length)).hash_;
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

void IdTable::reserve(std::size_t n, std::size_t long_bytes) {
    if (long_bytes > arena_.capacity()) arena_.reserve(long_bytes);
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
        std::uint64_t i = home(hash_of(slot));
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

std::optional<IdTable::Entry> IdTable::find(const Key& key) const {
    if (slots_.empty()) return std::nullopt;
    for (std::uint64_t i = home(key.hash_);; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (!slot.entry) return std::nullopt;
        if (matches(slot, key)) return Entry{(slot.entry & kIndexMask) - 1, slot.value};
    }
}

std::pair<IdTable::Entry, bool> IdTable::insert(const Key& key, std::uint32_t value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    std::uint64_t i = home(key.hash_);
    for (;; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (!slot.entry) break;
        if (matches(slot, key)) return {Entry{(slot.entry & kIndexMask) - 1, slot.value}, false};
    }
    // 2^27 distinct ids would need gigabytes of input before this could wrap.
    if (size_ + 1 >= kIndexMask) throw std::length_error("more than 134 million distinct ids");
    auto index = static_cast<std::uint32_t>(size_);
    std::uint64_t tail = key.id_.size() <= 16 ? key.tail_ : store_long(key);
    slots_[i] = Slot{key.head_, tail, key.length_bits_ | (index + 1), value};
    ++size_;
    return {Entry{index, value}, true};
}

}  // namespace bargain
