// What word_diff must hold for any two texts, written once for the fuzzer
// (fuzz_word_diff.cpp) and for the unit test that checks it on seeded
// pseudo-random texts in ordinary CI (tests/text/word_diff_test.cpp):
//
// - the edit script and the runs give back both texts exactly;
// - the script keeps as many tokens as a longest common subsequence, found
//   here the slow, obvious way (the O(n*m) table), whenever the shortest
//   script is within the search limit; past it, never more than that;
// - deletions come before insertions, runs are merged and not empty, and
//   the same texts give the same runs again.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_diff.h"

namespace bargain::word_diff_check {

// The length of a longest common subsequence, by the textbook table kept
// two rows at a time.
inline std::size_t lcs_length(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::vector<std::size_t> above(b.size() + 1, 0), row(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            row[j] = a[i - 1] == b[j - 1] ? above[j - 1] + 1 : std::max(above[j], row[j - 1]);
        std::swap(above, row);
    }
    return above[b.size()];
}

// Empty when the diff of the two texts holds everything above; otherwise
// what failed. The LCS is computed only when both texts have at most
// `lcs_tokens` tokens, to keep the table cheap.
inline std::string failure(std::string_view old_text, std::string_view new_text, std::size_t search_limit,
                           std::size_t lcs_tokens = 400) {
    using Kind = DiffRun::Kind;
    std::vector<std::string_view> old_tokens = diff_words(old_text), new_tokens = diff_words(new_text);
    std::string joined;
    for (std::string_view t : old_tokens) joined += t;
    if (joined != old_text) return "the old text's tokens do not give it back";
    joined.clear();
    for (std::string_view t : new_tokens) joined += t;
    if (joined != new_text) return "the new text's tokens do not give it back";

    std::vector<TokenEdit> script = word_edit_script(old_text, new_text, search_limit);
    std::string old_side, new_side;
    std::size_t same = 0, deleted = 0, inserted = 0;
    for (std::size_t i = 0; i < script.size(); ++i) {
        const TokenEdit& e = script[i];
        if (e.kind != Kind::inserted) old_side += e.token;
        if (e.kind != Kind::deleted) new_side += e.token;
        same += e.kind == Kind::same, deleted += e.kind == Kind::deleted, inserted += e.kind == Kind::inserted;
        if (e.kind == Kind::deleted && i > 0 && script[i - 1].kind == Kind::inserted)
            return "the script has an insertion before a deletion";
    }
    if (old_side != old_text) return "the script does not give back the old text";
    if (new_side != new_text) return "the script does not give back the new text";
    if (same + deleted != old_tokens.size() || same + inserted != new_tokens.size())
        return "the script's tokens are not the texts' tokens";

    if (old_tokens.size() <= lcs_tokens && new_tokens.size() <= lcs_tokens) {
        std::size_t lcs = lcs_length(old_tokens, new_tokens);
        std::size_t shortest = old_tokens.size() + new_tokens.size() - 2 * lcs;
        if (same > lcs) return "the script keeps more tokens than the LCS";
        if (shortest <= search_limit && same != lcs)
            return "the script keeps " + std::to_string(same) + " tokens, the LCS is " + std::to_string(lcs);
    }

    std::vector<DiffRun> runs = word_diff(old_text, new_text, search_limit);
    old_side.clear(), new_side.clear();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const DiffRun& r = runs[i];
        if (r.text.empty()) return "an empty run";
        if (i > 0 && runs[i - 1].kind == r.kind) return "two runs of the same kind side by side";
        if (i > 0 && runs[i - 1].kind == Kind::inserted && r.kind == Kind::deleted)
            return "a run inserted before a run deleted";
        if (r.kind != Kind::inserted) old_side += r.text;
        if (r.kind != Kind::deleted) new_side += r.text;
    }
    if (old_side != old_text) return "the runs do not give back the old text";
    if (new_side != new_text) return "the runs do not give back the new text";
    if (word_diff(old_text, new_text, search_limit) != runs) return "the same texts gave other runs";
    return "";
}

}  // namespace bargain::word_diff_check
