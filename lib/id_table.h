// Interns ids (voter ids, ballot serials) as dense indexes.
//
// This is the structure a tally's memory is made of: one entry per distinct
// voter, so it is kept compact (keys packed in one arena, an open-addressing
// table of 8-byte slots) rather than a node-based std::unordered_map, which
// costs several times the memory and time at a million voters. Output never
// depends on the table's internal order.
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
    // The index of `id`, and whether it was added by this call.
    std::pair<std::uint32_t, bool> insert(std::string_view id);
    std::optional<std::uint32_t> find(std::string_view id) const;
    std::string_view at(std::uint32_t index) const;
    std::size_t size() const { return spans_.size(); }
    void reserve(std::size_t n);

private:
    static std::uint64_t hash(std::string_view s);
    void grow();

    std::string arena_;
    std::vector<std::uint64_t> spans_;  // offset << 16 | length
    std::vector<std::uint64_t> slots_;  // 0 empty, else hash high bits << 32 | (index + 1)
    std::uint64_t mask_ = 0;
};

}  // namespace bargain
