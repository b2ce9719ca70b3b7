#include "diagnostic.h"

namespace bargain {

namespace {

// Messages quote what a file said, and a hostile file can say anything: a
// line break would split one problem into two lines for the CI log parsers
// that read FILE:LINE:COL, and an escape sequence would drive the reader's
// terminal. Control characters are shown as C escapes instead.
void append_visible(std::string& out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7f) {
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
}

}  // namespace

std::string Diagnostic::located() const {
    std::string out;
    if (!file.empty()) {
        append_visible(out, file);
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    append_visible(out, message);
    return out;
}

}  // namespace bargain
