// libFuzzer target: the word diff of two texts, held to word_diff_check.h
// (both texts given back exactly, as many tokens kept as a reference LCS
// finds, deletions before insertions). The input is the old text, a 0 byte
// and the new text, or without a 0 byte its two halves. Each pair is diffed
// twice: with the usual search limit, and with a tiny one so that the
// settling-for-less path is fuzzed too (exact either way, shortest only
// within the limit).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "word_diff_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::size_t zero = input.find('\0');
    std::string_view old_text = zero == std::string_view::npos ? input.substr(0, size / 2) : input.substr(0, zero);
    std::string_view new_text = zero == std::string_view::npos ? input.substr(size / 2) : input.substr(zero + 1);
    for (std::size_t limit : {bargain::kWordDiffSearchLimit, 1 + size % 16}) {
        std::string problem = bargain::word_diff_check::failure(old_text, new_text, limit);
        if (!problem.empty()) {
            std::fprintf(stderr, "word_diff (search limit %zu): %s\n", limit, problem.c_str());
            std::abort();
        }
    }
    return 0;
}
