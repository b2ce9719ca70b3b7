// Well-formed UTF-8 (RFC 3629), for the writers whose formats require it:
// JSON, YAML, XML (svg) and iCalendar. A name typed in another encoding must
// not make a report unreadable; each writer replaces a stray byte with
// U+FFFD rather than pass it through.
#pragma once

#include <cstddef>
#include <string_view>

namespace bargain {

inline constexpr std::string_view kUtf8Replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed sequence at s[i] (1 for ASCII), or 0 when
// there is none: overlong forms, surrogates, code points past U+10FFFF and
// cut-off sequences are not UTF-8.
std::size_t utf8_length(std::string_view s, std::size_t i);

// The number of characters `s` shows, for columns in text and widths in a
// chart: each UTF-8 sequence counts as one.
std::size_t display_length(std::string_view s);

}  // namespace bargain
