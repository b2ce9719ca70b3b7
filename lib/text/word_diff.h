// A word-level diff for contract redlines: the "comparative print" a
// bargaining team hands across the table, old language struck through and
// new language underlined, so nobody has to hunt for what moved.
//
// What it must get right:
// - Exactness. The runs give back both texts byte for byte: the same and
//   deleted runs are the old text, the same and inserted runs the new one.
//   A redline that drops a comma or a paragraph break misstates a proposal.
// - The shortest change. Up to a search limit, the tokens marked same are a
//   longest common subsequence of the two texts' tokens (Myers 1986), so the
//   print shows no change that did not happen.
// - Determinism. The same two texts always give the same runs: no hashing
//   order, locale or clock reaches the output.
// - Bounded cost. Memory is linear in the texts; time is about (tokens x
//   edits), and past the search limit a stretch is settled by a cheaper
//   split instead of growing without bound.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bargain {

// The tokens a redline compares, in order; together they are `text` exactly.
// A token is one of:
// - a word: letters, digits and '_', where every non-ASCII character counts
//   as a letter ("é", "naïve") except the dashes, quotes and marks listed
//   below. An apostrophe or hyphen between two word characters stays in the
//   word ("employer's", "employer’s", "full-time"), and so does a '.' or ','
//   between two digits ("12.3", "1,000", "3.2.1");
// - a run of whitespace, newlines included, so paragraphs survive; the
//   no-break, thin and narrow no-break spaces and U+2028/U+2029 are
//   whitespace too;
// - any other single character: ASCII punctuation, and the dashes
//   (U+2010-U+2015), curly quotes (U+2018, U+2019, U+201C, U+201D),
//   guillemets, the ellipsis, the bullet, '§' and '¶'. So "9–5" is three
//   tokens and a changed en dash is a change of one character.
// A byte that is not part of well-formed UTF-8 counts as a letter on its
// own; a well-formed sequence is never split.
std::vector<std::string_view> diff_words(std::string_view text);

// A stretch of text that both versions share, or that only one has.
struct DiffRun {
    enum class Kind { same, deleted, inserted };
    Kind kind;
    std::string text;
    bool operator==(const DiffRun&) const = default;
};

// How many token edits the search looks through before settling for a good
// diff rather than the shortest. When the two texts' shortest edit script
// has at most this many insertions and deletions, the diff is a shortest
// one. Past it (sections rewritten wholesale), a stretch is split where the
// search has got furthest and each part diffed in turn: still exact, no
// longer always the shortest, and bounded in time by about (tokens x limit).
inline constexpr std::size_t kWordDiffSearchLimit = 4000;

// The redline of `old_text` against `new_text`: runs of the same kind are
// merged, no run is empty, and between two runs of text in common the
// deleted run (if any) comes before the inserted one.
//
// For reading, a run of spaces, tabs or no-break spaces (no line break)
// that lies between two changes is folded into both of them: "the cat sat"
// to "the dog ran" reads as deleted "cat sat", inserted "dog ran", not as
// four fragments around a kept space. The space is then in both the deleted
// and the inserted text, so each side still rebuilds its version exactly.
// Whitespace with a line break is never folded: paragraph structure stays
// visible.
std::vector<DiffRun> word_diff(std::string_view old_text, std::string_view new_text,
                               std::size_t search_limit = kWordDiffSearchLimit);

// One token of the raw edit script, before runs are merged and whitespace
// folded: what the tests and the fuzzer check against a reference LCS.
struct TokenEdit {
    DiffRun::Kind kind;
    std::string_view token;  // a view into old_text (same, deleted) or new_text (inserted)
};

// The token-level edit script behind word_diff: walking it, the same and
// deleted tokens are old_text's tokens in order and the same and inserted
// ones new_text's. In each stretch of changes, deletions come first.
std::vector<TokenEdit> word_edit_script(std::string_view old_text, std::string_view new_text,
                                        std::size_t search_limit = kWordDiffSearchLimit);

}  // namespace bargain
