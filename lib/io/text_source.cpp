#include "io/text_source.h"

#include <algorithm>
#include <cstring>

namespace bargain {

namespace {
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// UTF-16 is read in chunks of this many bytes; the text of one is at most
// half as long again (a BMP character of 2 bytes can take 3 in UTF-8).
constexpr std::size_t kRawChunk = 1 << 16;

// A NUL in every other byte of the first few, and only there: UTF-16 text
// of ASCII characters, LE (the NULs second) or BE (first).
bool looks_like_utf16_without_bom(std::string_view head) {
    std::size_t n = std::min<std::size_t>(head.size(), 8) & ~std::size_t{1};
    if (n < 4) return false;
    bool le = true, be = true;
    for (std::size_t i = 0; i < n; i += 2) {
        le = le && head[i] != 0 && head[i + 1] == 0;
        be = be && head[i] == 0 && head[i + 1] != 0;
    }
    return le || be;
}

std::string hex(unsigned value, int digits) {
    static const char* hexdigits = "0123456789ABCDEF";
    std::string s = "0x";
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) s += hexdigits[(value >> shift) & 15];
    return s;
}
}  // namespace

const char* encoding_name(TextEncoding e) {
    switch (e) {
        case TextEncoding::utf8: return "UTF-8";
        case TextEncoding::utf8_bom: return "UTF-8 with BOM";
        case TextEncoding::utf16le: return "UTF-16LE";
        case TextEncoding::utf16be: return "UTF-16BE";
    }
    return "?";
}

std::string not_utf8_message(unsigned char byte, std::string_view fix) {
    return "byte " + hex(byte, 2) + " is not UTF-8 (is this file Latin-1 or Windows-1252?): " + std::string(fix);
}

std::size_t utf8_lead_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

std::string text_head(std::string_view raw) {
    bool utf16 = true, le = true;
    if (raw.substr(0, 2) == "\xFF\xFE") {
        raw.remove_prefix(2);
    } else if (raw.substr(0, 2) == "\xFE\xFF") {
        raw.remove_prefix(2);
        le = false;
    } else if (looks_like_utf16_without_bom(raw)) {
        le = raw[1] == 0;
    } else {
        utf16 = false;
    }
    if (!utf16) {
        while (raw.substr(0, 3) == kUtf8Bom) raw.remove_prefix(3);
        return std::string(raw);
    }
    std::string out;
    for (std::size_t i = 0; i + 1 < raw.size(); i += 2) {
        unsigned a = static_cast<unsigned char>(raw[i]), b = static_cast<unsigned char>(raw[i + 1]);
        unsigned unit = le ? (a | b << 8) : (a << 8 | b);
        if (unit == 0xFEFF && out.empty()) continue;
        out += unit < 0x80 ? static_cast<char>(unit) : '?';
    }
    return out;
}

TextSource::TextSource(Input& in, std::string_view fix) : in_(in), fix_(fix) {}

void TextSource::start() {
    started_ = true;
    // A pipe may deliver the first bytes one at a time: peek() waits for them.
    std::string_view head = in_.peek(8);
    char skipped[3];
    using namespace std::string_view_literals;
    if (head.substr(0, 4) == "\xFF\xFE\0\0"sv || head.substr(0, 4) == "\0\0\xFE\xFF"sv) {
        // Its mark starts like UTF-16LE's; read as that, it would be NULs.
        problem_ = "this file is UTF-32: " + std::string(fix_);
    } else if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
        encoding_ = head[0] == '\xFF' ? TextEncoding::utf16le : TextEncoding::utf16be;
        in_.sgetn(skipped, 2);
        raw_.resize(kRawChunk);
        text_.resize(kRawChunk / 2 * 3);
    } else if (head.substr(0, 3) == kUtf8Bom) {
        encoding_ = TextEncoding::utf8_bom;
        do in_.sgetn(skipped, 3);
        while (in_.peek(3) == kUtf8Bom);
    } else if (looks_like_utf16_without_bom(head)) {
        problem_ = "this file looks like UTF-16 without a byte order mark: " + std::string(fix_);
    }
}

std::size_t TextSource::read(char* dst, std::size_t n) {
    if (!started_) start();
    if (!problem_.empty() && text_pos_ == text_end_) return 0;
    if (raw_.empty()) {
        std::streamsize got = in_.sgetn(dst, static_cast<std::streamsize>(n));
        return got > 0 ? static_cast<std::size_t>(got) : 0;
    }
    while (text_pos_ == text_end_)
        if (!decode_more()) return 0;
    std::size_t take = std::min(n, text_end_ - text_pos_);
    std::memcpy(dst, text_.data() + text_pos_, take);
    text_pos_ += take;
    return take;
}

void TextSource::put(char32_t c) {
    char* out = text_.data() + text_end_;
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        text_end_ += 1;
    } else if (c < 0x800) {
        out[0] = static_cast<char>(0xC0 | c >> 6);
        out[1] = static_cast<char>(0x80 | (c & 0x3F));
        text_end_ += 2;
    } else if (c < 0x10000) {
        out[0] = static_cast<char>(0xE0 | c >> 12);
        out[1] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
        out[2] = static_cast<char>(0x80 | (c & 0x3F));
        text_end_ += 3;
    } else {
        out[0] = static_cast<char>(0xF0 | c >> 18);
        out[1] = static_cast<char>(0x80 | (c >> 12 & 0x3F));
        out[2] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
        out[3] = static_cast<char>(0x80 | (c & 0x3F));
        text_end_ += 4;
    }
}

bool TextSource::decode_more() {
    if (!problem_.empty()) return false;
    // At most three bytes wait from the last chunk: half a surrogate pair
    // and the odd byte of a unit.
    std::size_t left = raw_end_ - raw_pos_;
    if (left == 0 && raw_eof_) return false;
    std::memmove(raw_.data(), raw_.data() + raw_pos_, left);
    raw_pos_ = 0;
    raw_end_ = left;
    if (!raw_eof_) {
        std::streamsize got = in_.sgetn(raw_.data() + left, static_cast<std::streamsize>(raw_.size() - left));
        if (!in_.read_error().empty()) return false;
        if (got <= 0) raw_eof_ = true;
        else raw_end_ += static_cast<std::size_t>(got);
    }
    text_pos_ = text_end_ = 0;
    const unsigned char* r = reinterpret_cast<const unsigned char*>(raw_.data());
    const bool le = encoding_ == TextEncoding::utf16le;
    auto unit = [&](std::size_t i) -> char32_t { return le ? (r[i] | r[i + 1] << 8) : (r[i] << 8 | r[i + 1]); };
    auto unpaired = [&](char32_t u) {
        problem_ = "UTF-16 code unit " + hex(static_cast<unsigned>(u), 4) +
                   " is half of a character whose other half is missing (a damaged file?): " + std::string(fix_);
    };
    while (raw_end_ - raw_pos_ >= 2) {
        char32_t c = unit(raw_pos_);
        std::size_t used = 2;
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c >= 0xDC00) {
                unpaired(c);
                break;
            }
            if (raw_end_ - raw_pos_ < 4) break;  // its other half is in the next chunk, or missing
            char32_t low = unit(raw_pos_ + 2);
            if (low < 0xDC00 || low > 0xDFFF) {
                unpaired(c);
                break;
            }
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            used = 4;
        }
        raw_pos_ += used;
        if (at_start_ && c == 0xFEFF) continue;
        at_start_ = false;
        put(c);
    }
    if (problem_.empty() && raw_eof_ && raw_pos_ < raw_end_) {
        if ((raw_end_ - raw_pos_) % 2)
            problem_ = "this UTF-16 file ends in the middle of a character (an odd number of bytes): was it cut short?";
        else
            unpaired(unit(raw_pos_));
    }
    return true;
}

}  // namespace bargain
