// The voters' latest ballots under `--duplicates last`: a later ballot
// replaces the earlier, so each voter's current one is kept until the count
// ends, with its marks (to take them back off the counts) and its serial
// (for the audit).
//
// What this must get right: memory grows with distinct voters, not with
// repeat votes. A replacing ballot reuses the storage of the one it replaces
// when its marks and serial fit there, so a voter who votes a thousand
// times costs one slot. Marks and serials live in two arenas, not in a
// vector per ballot (an allocation per voter would double a big count's time).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tally/ballot.h"

namespace bargain {

class KeptBallots {
public:
    // What the count needs to know of a kept ballot besides its marks.
    struct Ballot {
        std::uint32_t file = 0;
        std::uint32_t unit = 0;
        long long line = 0;
        Status status = Status::counted;
        std::uint32_t audit = 0;  // its audit entry, if it has one
    };
    static constexpr std::uint32_t kNew = UINT32_MAX;

    // Keeps `ballot` in slot `slot`, replacing what was there, or in a new
    // slot when `slot` is kNew; returns the slot.
    std::uint32_t keep(std::uint32_t slot, const Ballot& ballot, std::span<const Mark> marks, std::string_view serial);

    const Ballot& ballot(std::uint32_t slot) const { return slots_[slot].ballot; }
    std::span<const Mark> marks(std::uint32_t slot) const {
        const Slot& s = slots_[slot];
        return {marks_.data() + s.marks_at, s.marks_len};
    }
    std::string_view serial(std::uint32_t slot) const {
        const Slot& s = slots_[slot];
        return std::string_view(serials_).substr(s.serial_at, s.serial_len);
    }
    std::size_t size() const { return slots_.size(); }
    // The arenas' lengths, for tests of the reuse.
    std::size_t marks_stored() const { return marks_.size(); }
    std::size_t serial_bytes_stored() const { return serials_.size(); }

private:
    struct Slot {
        Ballot ballot;
        std::uint64_t marks_at = 0;
        std::uint32_t marks_len = 0, marks_capacity = 0;
        std::uint64_t serial_at = 0;
        std::uint32_t serial_len = 0, serial_capacity = 0;
    };
    std::vector<Slot> slots_;
    std::vector<Mark> marks_;
    std::string serials_;
};

}  // namespace bargain
