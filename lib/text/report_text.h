// How values taken from a team's files are shown in reports: on one line in
// text, and escaped in Markdown, so that a newline or a '|' in a unit name
// or a question can never break a report's layout or a table.
#pragma once

#include <string>
#include <string_view>

#include "core/visible.h"

namespace bargain {

// The text with newlines, carriage returns and tabs turned into spaces, and
// any other control character shown as a C escape (see visible.h).
inline std::string one_line(std::string_view s) {
    std::string spaced(s);
    for (char& c : spaced)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return visible(spaced);
}

// "1 file", "3 files".
inline std::string plural(long long n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// one_line(), with what Markdown would read as markup backslash-escaped.
inline std::string markdown_text(std::string_view s) {
    std::string out;
    for (char c : one_line(s)) {
        if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace bargain
