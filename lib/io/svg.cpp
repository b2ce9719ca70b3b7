#include "io/svg.h"

#include <fmt/format.h>

#include "core/utf8.h"

namespace bargain {

namespace {

// The length of the UTF-8 sequence at s[i] that XML accepts, or 0: XML
// also refuses U+FFFE and U+FFFF (EF BF BE, EF BF BF).
size_t xml_char_length(std::string_view s, size_t i) {
    size_t n = utf8_length(s, i);
    if (n == 3 && s.substr(i, 2) == "\xEF\xBF" && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) return 0;
    return n;
}

}  // namespace

std::string xml_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            size_t n = xml_char_length(s, i);
            if (n == 0) {
                out += kUtf8Replacement;  // one per stray byte
                ++i;
            } else {
                out.append(s.substr(i, n));
                i += n;
            }
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\n':
            case '\r':
            case '\t': out += ' '; break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20) out += c;  // XML 1.0 has no other control characters
        }
        ++i;
    }
    return out;
}

std::string shorten(std::string_view s, size_t n) {
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > n) return std::string(s.substr(0, i)) + "…";
    return std::string(s);
}

int text_width(std::string_view s, int font_size) {
    return static_cast<int>((display_length(s) * static_cast<size_t>(font_size) * 3 + 4) / 5);
}

std::string svg_open(int width, int height, int font_size) {
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"{2}\">\n"
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        width, height, font_size);
}

}  // namespace bargain
