// The roster: who is eligible to vote, and in which unit.
//
// Eligibility is the denominator of every turnout and "of all members" rule,
// so a roster that lists someone twice is an error, not a quiet double count.
// A roster can hold millions of voters; ids live in an IdTable.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "io/input.h"
#include "tally/export_mapping.h"
#include "tally/id_table.h"

namespace bargain {

inline constexpr std::uint32_t kNoUnit = std::numeric_limits<std::uint32_t>::max();

class Roster {
public:
    // A voter id hashed once, for a prefetch and then a find or add.
    using Key = IdTable::Key;
    // A listed voter: their place in the roster (0 for the first entry) and
    // their unit, an index into units() or kNoUnit.
    struct Voter {
        std::uint32_t index;
        std::uint32_t unit;
    };
    std::optional<Voter> find(const Key& voter) const {
        if (auto entry = ids_.find(voter)) return Voter{entry->index, entry->value};
        return std::nullopt;
    }
    std::optional<Voter> find(std::string_view voter) const { return find(Key(voter)); }
    void prefetch(const Key& voter) const { ids_.prefetch(voter); }
    std::size_t size() const { return ids_.size(); }
    // Units in order of first appearance; empty when the roster has no unit column.
    const std::vector<std::string>& units() const { return units_; }
    // How many voters each unit has, parallel to units().
    const std::vector<long long>& unit_sizes() const { return unit_sizes_; }

    // Room for about n voters, with `long_id_bytes` for ids longer than 16
    // bytes (IdTable::arena_bytes), so that a large roster is not rehashed
    // or copied as it grows.
    void reserve(std::size_t n, std::size_t long_id_bytes);

    // Adds a voter; false if already listed (then *first_line says where).
    bool add(const Key& voter, std::string_view unit, long long line, long long* first_line);

private:
    long long line_of(std::uint32_t index) const;

    IdTable ids_;  // each voter's value is their unit
    // Where each entry was read, only for the message about a voter listed
    // twice: runs of entries on evenly spaced lines (a CSV file's rows nearly
    // always are one run) rather than a line number for each of millions of
    // voters.
    struct LineRun {
        std::uint32_t index;  // the run's first entry
        std::uint32_t count;
        long long line;       // the first entry's line
        long long step;       // lines from one entry to the next
    };
    std::vector<LineRun> lines_;
    IdTable unit_ids_;
    std::vector<std::string> units_;
    std::vector<long long> unit_sizes_;
    std::uint32_t last_unit_ = kNoUnit;
};

// A roster from CSV (a `voter` column, an optional `unit` column, other
// columns ignored) or YAML (`roster: [{voter: ..., unit: ...}]`).
// `columns` maps the roster's voter and unit columns (roster_columns:,
// --roster-column); null for the defaults.
Result<Roster> read_roster(Input& in, const ColumnMap* columns = nullptr);

// Reading a CSV roster in two halves, so that a tally can parse the file on
// one thread while another enters the voters in the table (a million
// voters' entering is a wait on memory; see ballot_pipeline.h).
//
// One roster row as read: its voter id and unit trimmed of blanks, checked
// for length, and where the voter id is. The views are valid only during
// the call that receives them.
struct RosterEntry {
    std::string_view voter, unit;
    long long line, column;
};
class RosterSink {
public:
    virtual ~RosterSink() = default;
    // Room for about n voters, guessed from the file's size after a sample.
    virtual void reserve(std::size_t n, std::size_t long_id_bytes) = 0;
    // The next entries, in file order. Throws InputError at the first that
    // cannot be added (a voter listed twice).
    virtual void entries(std::span<const RosterEntry> batch) = 0;
};
// Parses a CSV roster, handing its entries to `sink` in batches; throws
// InputError at the first problem in the file, after handing over the
// entries before it.
void read_csv_roster(Input& in, const ColumnMap* columns, RosterSink& sink);
// The other half: enters each entry in the roster.
class RosterBuilder : public RosterSink {
public:
    explicit RosterBuilder(std::string file) : file_(std::move(file)) {}
    void reserve(std::size_t n, std::size_t long_id_bytes) override { roster_.reserve(n, long_id_bytes); }
    void entries(std::span<const RosterEntry> batch) override;
    Roster take() { return std::move(roster_); }

private:
    std::string file_;  // for messages
    Roster roster_;
    std::vector<Roster::Key> keys_;
};

}  // namespace bargain
