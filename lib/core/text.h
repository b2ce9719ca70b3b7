// Small, locale-free text helpers shared by the readers and the reports.
// Ballot files come from many exporters; "Yes ", "VOTER" and "voter" must
// all read the same, whatever the machine's locale says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bargain {

// Without the spaces and tabs around it.
inline std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// The length of the blank (ASCII space, tab, CR, LF, VT, FF, or a Unicode
// space such as a web export's no-break space U+00A0, and the byte order
// mark U+FEFF) that starts at s[i], or 0 when none does.
inline std::size_t blank_at(std::string_view s, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c < 0xC2) return 0;
    auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    unsigned b1 = at(1), b2 = at(2);
    if (c == 0xC2) return b1 == 0xA0 || b1 == 0x85 ? 2 : 0;  // U+00A0, U+0085
    if (c == 0xE1) return b1 == 0x9A && b2 == 0x80 ? 3 : 0;  // U+1680
    if (c == 0xE2) {
        if (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) return 3;
        return b1 == 0x81 && b2 == 0x9F ? 3 : 0;  // U+205F
    }
    if (c == 0xE3) return b1 == 0x80 && b2 == 0x80 ? 3 : 0;  // U+3000
    if (c == 0xEF) return b1 == 0xBB && b2 == 0xBF ? 3 : 0;  // U+FEFF
    return 0;
}

// trim_blanks() for text that may start or end with a blank: out of line,
// so that trim_blanks() itself is a test of each end wherever it is called.
[[gnu::noinline]] inline std::string_view trim_blanks_at_ends(std::string_view s) {
    for (;;) {
        if (s.empty()) return s;
        std::size_t n = blank_at(s, 0);
        if (n == 0) break;
        s.remove_prefix(n);
    }
    for (;;) {
        if (s.empty()) return s;
        unsigned char last = static_cast<unsigned char>(s.back());
        if (last < 0x80) {
            if (blank_at(s, s.size() - 1) == 0) break;
            s.remove_suffix(1);
            continue;
        }
        // A multi-byte blank ends here when one starts 2 or 3 bytes back.
        std::size_t n = 0;
        for (std::size_t k : {std::size_t{2}, std::size_t{3}})
            if (s.size() >= k && blank_at(s, s.size() - k) == k) n = k;
        if (n == 0) break;
        s.remove_suffix(n);
    }
    return s;
}

// Without the blanks (see blank_at) around it. Nearly every cell of a
// ballot file starts and ends with a printable ASCII character, which no
// blank starts or ends with (the Unicode ones are bytes >= 0x80): a test of
// each end byte, inline, and the cell is whole.
inline std::string_view trim_blanks(std::string_view s) {
    if (!s.empty()) {
        auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
        if (first > ' ' && first < 0x80 && last > ' ' && last < 0x80) return s;
    }
    return trim_blanks_at_ends(s);
}

// True when `s`, with ASCII letters lowered, is `lower`.
inline bool equals_lower(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

// True when `a` and `b` are the same once ASCII letters are lowered in both.
inline bool equals_ascii_folded(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// With ASCII letters lowered, or raised; other bytes (UTF-8 included) kept.
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}
inline std::string ascii_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// The parts that are not empty, with `separator` between them: "Hall, 1
// Main St" from a location whose city is not given.
inline std::string join_present(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

// Words in a message, with commas and a last word before the last one:
// "a, b or c" (what a value may be), "a, b and c" (what a file has). Plain
// on purpose, for names and keys; prose for people, whose items may hold
// commas themselves, has text/ap_style.h's and_list().
inline std::string joined_with(const std::vector<std::string>& words, std::string_view last) {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i) {
            if (i + 1 == words.size()) {
                out += ' ';
                out += last;
                out += ' ';
            } else {
                out += ", ";
            }
        }
        out += words[i];
    }
    return out;
}
inline std::string joined_or(const std::vector<std::string>& words) { return joined_with(words, "or"); }
inline std::string joined_and(const std::vector<std::string>& words) { return joined_with(words, "and"); }

}  // namespace bargain
