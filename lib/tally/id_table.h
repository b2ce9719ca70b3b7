// Interns ids (voter ids, ballot serials) as dense indexes.
//
// This is the structure a tally's memory and time are made of: one entry per
// distinct voter, one lookup per ballot. So it is kept compact (an
// open-addressing table of 24-byte slots) rather than a node-based
// std::unordered_map, which costs several times the memory and time at a
// million voters. An id of up to 16 bytes (nearly every voter id) lives
// whole in its slot, with its length, its index and a 32-bit value the
// caller keeps with it (a roster voter's unit): finding it touches one cache
// line and nothing else, and the table holds no other copy of it. A longer
// id keeps its first 8 bytes and 32 bits of its hash in the slot and the
// rest in an arena. Output never depends on the table's internal order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

    // An id's dense index (0 for the first id added) and the value added with it.
    struct Entry {
        std::uint32_t index;
        std::uint32_t value;
    };

    // The entry for `key`, and whether it was added by this call (with
    // `value`; an id already there keeps its value).
    std::pair<Entry, bool> insert(const Key& key, std::uint32_t value = 0);
    std::optional<Entry> find(const Key& key) const;
    // By id, for the small tables: just the index.
    std::pair<std::uint32_t, bool> insert(std::string_view id) {
        auto [entry, added] = insert(Key(id));
        return {entry.index, added};
    }
    std::optional<std::uint32_t> find(std::string_view id) const {
        if (auto entry = find(Key(id))) return entry->index;
        return std::nullopt;
    }
    // Starts loading the slot where `key` would be, ahead of a find or insert.
    void prefetch(const Key& key) const;
    std::size_t size() const { return size_; }
    // Room for n ids, so a big table is not rehashed as it grows; and for
    // `long_bytes` of arena (see arena_bytes()).
    void reserve(std::size_t n, std::size_t long_bytes = 0);
    // What an id costs in the arena: nothing for up to 16 bytes.
    static std::size_t arena_bytes(std::string_view id) { return id.size() <= 16 ? 0 : (id.size() + 2 + 7) & ~std::size_t{7}; }

private:
    // A slot's home is given by the top bits of its id's hash, so growing
    // the table keeps the order of a run of slots.
    struct Slot {
        std::uint64_t head;   // the id's first 8 bytes, zero-padded
        std::uint64_t tail;   // up to 16 bytes: the last 8 when longer than 8, else 0;
                              // longer: the top 32 bits of its hash << 32 | its arena offset / 8
        std::uint32_t entry;  // min(length, 31) << 27 | (index + 1); 0 marks an empty slot
        std::uint32_t value;
    };
    static constexpr std::uint32_t kIndexMask = (1u << 27) - 1;
    bool matches(const Slot& slot, const Key& key) const;
    std::uint32_t hash_of(const Slot& slot) const;
    std::string_view long_id(const Slot& slot) const;
    std::uint64_t store_long(const Key& key);
    void grow();
    std::size_t home(std::uint32_t hash) const { return hash >> shift_; }

    std::size_t size_ = 0;
    std::string arena_;  // ids longer than 16 bytes: a 2-byte length, the bytes, padding to 8
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
