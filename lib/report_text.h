// How values taken from a team's files are shown in reports: on one line in
// text, and escaped in Markdown, so that a newline or a '|' in a unit name
// or a question can never break a report's layout or a table.
#pragma once

#include <string>
#include <string_view>

namespace bargain {

// The text with newlines, carriage returns and tabs turned into spaces.
inline std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return out;
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
