#include "core/visible.h"

#include "core/utf8.h"

namespace bargain {

namespace {

const char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, const char* prefix, unsigned value) {
    out += prefix;
    out += kHex[value >> 4];
    out += kHex[value & 15];
}

}  // namespace

void append_visible(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        unsigned char u = static_cast<unsigned char>(text[i]);
        if (u >= 0x80) {
            // Terminals act on C1 controls too (U+009B is CSI). A byte that
            // is not UTF-8 passes: the writers that need UTF-8 replace it.
            std::size_t n = utf8_length(text, i);
            if (n == 2 && u == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)
                append_hex(out, "\\u00", static_cast<unsigned char>(text[i + 1]));
            else out.append(text, i, n == 0 ? 1 : n);
            i += n == 0 ? 1 : n;
            continue;
        }
        char c = text[i++];
        if (u >= 0x20 && u != 0x7f) {
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else {
            append_hex(out, "\\x", u);
        }
    }
}

std::string visible(std::string_view text) {
    std::string out;
    append_visible(out, text);
    return out;
}

std::string shortened(std::string_view text, std::size_t max) {
    if (text.size() <= max) return visible(text);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return visible(text.substr(0, cut)) + "...";
}

std::string quoted(std::string_view text, std::size_t max) { return "'" + shortened(text, max) + "'"; }

}  // namespace bargain
