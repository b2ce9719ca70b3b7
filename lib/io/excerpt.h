// The line a problem is on, for the reader to see without opening the file
// (core/diagnostic.h shows it with a caret under the place).
//
// Only files whose lines may be shown get excerpts: a campaign, a law
// preset, a notice template, a vendor's totals. A ballot or roster record is
// never shown, since it would print a vote or a member's id into a CI log;
// their readers simply do not call this.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace bargain {

// The largest file whose text is kept for excerpts (Input::keep_text): a
// campaign is a few kilobytes; a longer file just has no excerpts.
inline constexpr std::size_t kExcerptTextLimit = 8u << 20;

// The text of line `line` (1-based) of `text`, without its line break; ""
// past the end.
std::string_view line_of(std::string_view text, long long line);

// Gives each problem about `file` that has a line and no excerpt yet the
// text of its line. `raw` is the file's bytes as read (Input::kept()):
// decoded as its readers decode it (UTF-16 transcoded, byte order marks
// dropped), so the columns yaml-cpp and the CSV reader count line up.
void attach_excerpts(std::vector<Diagnostic>& problems, const std::string& file, std::string_view raw);

}  // namespace bargain
