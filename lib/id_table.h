// Interns ids (voter ids, ballot serials) as dense indexes.
//
// This is the structure a tally's memory and time are made of: one entry per
// distinct voter, one lookup per ballot. So it is kept compact (keys packed in
// one arena, an open-addressing table of 16-byte slots) rather than a
// node-based std::unordered_map, which costs several times the memory and
// time at a million voters. A slot holds the key's first and last 8 bytes
// and its length, so a lookup of an id up to 16 bytes (most voter ids)
// touches one cache line, not three. Output never depends on the table's
// internal order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bargain {

class IdTable {
public:
    // An id with its hash, worked out once: a batch of look-ups prefetches
    // each id's slot, then finds it, and hashing twice shows at ten million.
    class Key {
    public:
        explicit Key(std::string_view id);
        std::string_view id() const { return id_; }

    private:
        friend class IdTable;
        std::string_view id_;
        std::uint64_t head_, tail_;
        std::uint32_t hash_;
        std::uint32_t length_bits_;
    };

    // The index of `id`, and whether it was added by this call.
    std::pair<std::uint32_t, bool> insert(const Key& key);
    std::pair<std::uint32_t, bool> insert(std::string_view id) { return insert(Key(id)); }
    std::optional<std::uint32_t> find(const Key& key) const;
    std::optional<std::uint32_t> find(std::string_view id) const { return find(Key(id)); }
    std::string_view at(std::uint32_t index) const;
    // Starts loading the slot where `key` would be, ahead of a find or insert.
    void prefetch(const Key& key) const;
    std::size_t size() const { return spans_.size(); }
    // Room for n ids of `bytes` bytes in all, so a big table is not rehashed
    // nor its keys copied as it grows.
    void reserve(std::size_t n, std::size_t bytes = 0);

private:
    // A slot's home is given by the top bits of its hash, so growing the
    // table moves slots without reading a single key again.
    struct Slot {
        std::uint64_t head;   // the key's first 8 bytes, zero-padded
        std::uint64_t tail;   // its last 8 bytes when longer than 8, else 0
        std::uint32_t hash;   // the top 32 bits of the key's hash
        std::uint32_t entry;  // min(length, 31) << 27 | (index + 1); 0 marks an empty slot
    };
    static constexpr std::uint32_t kIndexMask = (1u << 27) - 1;
    bool matches(const Slot& slot, const Key& key) const;
    void grow();
    std::size_t home(std::uint32_t hash) const { return hash >> shift_; }

    std::string arena_;
    std::vector<std::uint64_t> spans_;  // offset << 16 | length
    // The slot array, from mmap when large: zero pages cost nothing until
    // touched, and huge pages cut the TLB misses of random probes.
    class Slots {
    public:
        Slots() = default;
        explicit Slots(std::size_t n);
        ~Slots();
        Slots(Slots&& o) noexcept;
        Slots& operator=(Slots&& o) noexcept;
        Slot& operator[](std::size_t i) { return data_[i]; }
        const Slot& operator[](std::size_t i) const { return data_[i]; }
        std::size_t size() const { return size_; }
        bool empty() const { return size_ == 0; }
        const Slot* begin() const { return data_; }
        const Slot* end() const { return data_ + size_; }

    private:
        Slot* data_ = nullptr;
        std::size_t size_ = 0;
        bool mapped_ = false;
    };
    Slots slots_;
    std::uint64_t mask_ = 0;
    unsigned shift_ = 32;
};

}  // namespace bargain
