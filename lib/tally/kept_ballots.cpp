#include "tally/kept_ballots.h"

#include <algorithm>

namespace bargain {

std::uint32_t KeptBallots::keep(std::uint32_t slot, const Ballot& ballot, std::span<const Mark> marks,
                                std::string_view serial) {
    Slot* old = slot == kNew ? nullptr : &slots_[slot];
    auto n_marks = static_cast<std::uint32_t>(marks.size());
    auto n_serial = static_cast<std::uint32_t>(serial.size());
    Slot s;
    s.ballot = ballot;
    bool marks_fit = old && old->marks_capacity >= n_marks;
    s.marks_at = marks_fit ? old->marks_at : marks_.size();
    s.marks_capacity = marks_fit ? old->marks_capacity : n_marks;
    s.marks_len = n_marks;
    bool serial_fits = old && old->serial_capacity >= n_serial;
    s.serial_at = serial_fits ? old->serial_at : serials_.size();
    s.serial_capacity = serial_fits ? old->serial_capacity : n_serial;
    s.serial_len = n_serial;
    if (!marks_fit) marks_.resize(marks_.size() + n_marks);
    if (!serial_fits) serials_.resize(serials_.size() + n_serial);
    std::copy(marks.begin(), marks.end(), marks_.begin() + static_cast<std::ptrdiff_t>(s.marks_at));
    std::copy(serial.begin(), serial.end(), serials_.begin() + static_cast<std::ptrdiff_t>(s.serial_at));
    if (!old) {
        slots_.push_back(s);
        return static_cast<std::uint32_t>(slots_.size() - 1);
    }
    *old = s;
    return slot;
}

}  // namespace bargain
