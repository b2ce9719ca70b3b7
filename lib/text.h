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

}  // namespace bargain
