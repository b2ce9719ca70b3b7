// Plain-text notices wrapped for email and paper: 72 columns, with the
// continuation of a labelled line ("WHERE: ...") hanging under its text,
// the way a media advisory is laid out.
//
// What it must get right: a line is only ever broken at a space, so no word,
// address, phone number or email address is split; a word longer than the
// line stands alone on its line rather than being cut. Columns count
// characters (UTF-8 code points), so "–" or "é" takes one column, not three.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bargain {

inline constexpr std::size_t kNoticeColumns = 72;

// Every line of `text` longer than `width` is broken at spaces. Its
// continuation lines are indented by the width of a label when the line
// starts with one, a word in capitals followed by a colon and a space
// ("WHO: ", "WHERE: "); a line that is itself indented (an item under a
// label) continues two columns further in than it starts. Lines that fit
// are left exactly as they are; runs of spaces in a broken line become
// one.
std::string wrap_text(std::string_view text, std::size_t width = kNoticeColumns);

}  // namespace bargain
