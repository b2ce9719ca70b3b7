// Shows each line of a std::vector<std::string> (a problem, a row) on its
// own when a doctest comparison of two of them fails. A test includes it
// before comparing such lists; one that does not gets doctest's own "{?}".
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string s = "\n";
        for (const std::string& line : v) s += "  " + line + "\n";
        return String(s.c_str());
    }
};
}  // namespace doctest
