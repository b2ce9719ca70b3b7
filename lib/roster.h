// The roster: who is eligible to vote, and in which unit.
//
// Eligibility is the denominator of every turnout and "of all members" rule,
// so a roster that lists someone twice is an error, not a quiet double count.
// A roster can hold millions of voters; ids live in an IdTable.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "id_table.h"
#include "input.h"

namespace bargain {

inline constexpr std::uint32_t kNoUnit = std::numeric_limits<std::uint32_t>::max();

class Roster {
public:
    // A voter id hashed once, for a prefetch and then a find or add.
    using Key = IdTable::Key;
    std::optional<std::uint32_t> find(const Key& voter) const { return ids_.find(voter); }
    std::optional<std::uint32_t> find(std::string_view voter) const { return ids_.find(voter); }
    void prefetch(const Key& voter) const { ids_.prefetch(voter); }
    std::size_t size() const { return ids_.size(); }
    std::string_view voter(std::uint32_t i) const { return ids_.at(i); }
    // The voter's unit as an index into units(), or kNoUnit.
    std::uint32_t unit_of(std::uint32_t i) const { return unit_[i]; }
    // Units in order of first appearance; empty when the roster has no unit column.
    const std::vector<std::string>& units() const { return units_; }
    // How many voters each unit has, parallel to units().
    const std::vector<long long>& unit_sizes() const { return unit_sizes_; }

    // Room for about n voters with ids of `id_bytes` in all, so that a large
    // roster is not rehashed or copied as it grows.
    void reserve(std::size_t n, std::size_t id_bytes);

    // Adds a voter; false if already listed (then *first_line says where).
    bool add(const Key& voter, std::string_view unit, long long line, long long* first_line);

private:
    IdTable ids_;
    std::vector<std::uint32_t> unit_;
    std::vector<std::uint32_t> line_;
    IdTable unit_ids_;
    std::vector<std::string> units_;
    std::vector<long long> unit_sizes_;
    std::uint32_t last_unit_ = kNoUnit;
};

// A roster from CSV (a `voter` column, an optional `unit` column, other
// columns ignored) or YAML (`roster: [{voter: ..., unit: ...}]`).
Result<Roster> read_roster(Input& in);

}  // namespace bargain
