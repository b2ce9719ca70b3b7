#include "visible.h"

namespace bargain {

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

std::string visible(std::string_view text) {
    std::string out;
    append_visible(out, text);
    return out;
}

}  // namespace bargain
