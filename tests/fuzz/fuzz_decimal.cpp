// libFuzzer target: the decimal and money parsers against a reference
// written another way: the grammar checked character class by character
// class, the value computed in __int128 from at most 40 significant digits
// (so it cannot overflow either), and the comma grouping checked by
// splitting at the commas. Any difference in the value or in the kind of
// problem traps; ASan and UBSan catch the rest.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.h"

using bargain::Decimal;
using bargain::DecimalFormat;
using bargain::DecimalProblem;

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

Decimal reference_decimal(std::string_view s, DecimalFormat f) {
    bool negative = false;
    if (f.sign && !s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    std::string whole, fraction;
    int dots = 0;
    for (char c : s) {
        if (c == '.') ++dots;
        else if (!digit(c)) return {0, DecimalProblem::not_a_number};
        else (dots ? fraction : whole) += c;
    }
    if (dots > 1 || whole.empty() || (dots == 1 && fraction.empty())) return {0, DecimalProblem::not_a_number};
    if (fraction.size() > static_cast<std::size_t>(f.places)) return {0, DecimalProblem::too_precise};
    fraction.resize(static_cast<std::size_t>(f.places), '0');
    std::string all = whole + fraction;
    std::size_t first = all.find_first_not_of('0');
    all = first == std::string::npos ? "0" : all.substr(first);
    if (all.size() > 30) return {0, DecimalProblem::too_large};
    __int128 v = 0;
    for (char c : all) v = v * 10 + (c - '0');
    if (v > static_cast<__int128>(f.largest < 0 ? 0 : f.largest)) return {0, DecimalProblem::too_large};
    long long out = static_cast<long long>(v);
    return {negative ? -out : out, DecimalProblem::none};
}

Decimal reference_money(std::string_view s, long long largest) {
    if (s.empty() || s.front() != '$') return {0, DecimalProblem::not_a_number};
    s.remove_prefix(1);
    std::size_t dot = s.find('.');
    std::string_view dollars = s.substr(0, dot), rest = dot == std::string_view::npos ? "" : s.substr(dot);
    std::vector<std::string_view> groups;
    for (std::size_t from = 0;;) {
        std::size_t comma = dollars.find(',', from);
        groups.push_back(dollars.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
        if (comma == std::string_view::npos) break;
        from = comma + 1;
    }
    if (groups.size() > 1) {
        if (groups[0].empty() || groups[0].size() > 3) return {0, DecimalProblem::not_a_number};
        for (std::size_t i = 1; i < groups.size(); ++i)
            if (groups[i].size() != 3) return {0, DecimalProblem::not_a_number};
    }
    std::string plain;
    for (std::string_view g : groups) plain += g;
    plain += rest;
    if (plain.find(',') != std::string::npos) return {0, DecimalProblem::not_a_number};
    return reference_decimal(plain, DecimalFormat{2, false, largest});
}

void same(const Decimal& got, const Decimal& want) {
    if (got.problem != want.problem) __builtin_trap();
    if (got.problem == DecimalProblem::none && got.scaled != want.scaled) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    // The first two bytes choose the format: places, sign, and a largest.
    int places = data[0] % 19;
    bool sign = data[0] & 0x80;
    static const long long largests[] = {0, 1, 999, 36600, 999'999'999'999, 9'999'999'999'999'999,
                                         0x7fffffffffffffffLL};
    long long largest = largests[data[1] % 7];
    std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
    DecimalFormat f{places, sign, largest};
    same(bargain::parse_decimal(text, f), reference_decimal(text, f));
    same(bargain::parse_money(text, largest), reference_money(text, largest));
    (void)bargain::is_thousands_group(text);
    return 0;
}
