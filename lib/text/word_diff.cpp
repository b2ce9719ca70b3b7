// The word diff in three steps: tokens (diff_words), the shortest edit
// script over them (Myers' linear-space search, on token ids), and runs
// for people (merged, whitespace folded). The search is the part that must
// be right in every corner, so its invariants are spelled out where they
// are used; the fuzzer and a unit test hold it to a reference LCS.
#include "text/word_diff.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/utf8.h"

namespace bargain {

namespace {

enum class CharClass { word, space, punctuation };

struct Char {
    CharClass kind;
    std::size_t size;  // in bytes
};

// Non-ASCII whitespace. The first three are the ones that sit inside a line.
constexpr std::array<std::string_view, 5> kUnicodeSpaces = {
    "\xC2\xA0",      // U+00A0 no-break space
    "\xE2\x80\x89",  // U+2009 thin space
    "\xE2\x80\xAF",  // U+202F narrow no-break space
    "\xE2\x80\xA8",  // U+2028 line separator
    "\xE2\x80\xA9",  // U+2029 paragraph separator
};
constexpr std::size_t kHorizontalUnicodeSpaces = 3;

// Non-ASCII characters that are punctuation in contract text; every other
// one is taken as a letter, which is right for accented and non-Latin words.
constexpr std::array<std::string_view, 16> kUnicodePunctuation = {
    "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92",  // U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash
    "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95",  // U+2013 en dash, U+2014 em dash, U+2015 horizontal bar
    "\xE2\x80\x98", "\xE2\x80\x99",                  // U+2018, U+2019 single quotes
    "\xE2\x80\x9C", "\xE2\x80\x9D",                  // U+201C, U+201D double quotes
    "\xC2\xAB",     "\xC2\xBB",                      // U+00AB, U+00BB guillemets
    "\xE2\x80\xA6", "\xE2\x80\xA2",                  // U+2026 ellipsis, U+2022 bullet
    "\xC2\xA7",     "\xC2\xB6",                      // U+00A7 section sign, U+00B6 pilcrow
};

bool listed(std::string_view c, const std::string_view* first, const std::string_view* last) {
    return std::find(first, last, c) != last;
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

Char char_at(std::string_view s, std::size_t i) {
    char c = s[i];
    if (static_cast<unsigned char>(c) < 0x80) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return {CharClass::space, 1};
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || ascii_digit(c) || c == '_';
        return {letter ? CharClass::word : CharClass::punctuation, 1};
    }
    std::size_t n = utf8_length(s, i);
    if (n == 0) return {CharClass::word, 1};  // a stray byte: no sequence to split
    std::string_view seq = s.substr(i, n);
    if (listed(seq, kUnicodeSpaces.begin(), kUnicodeSpaces.end())) return {CharClass::space, n};
    if (listed(seq, kUnicodePunctuation.begin(), kUnicodePunctuation.end())) return {CharClass::punctuation, n};
    return {CharClass::word, n};
}

// At s[i], just after a word character: the size of a character that joins
// the word to the one after it ("employer's", "full-time", "1,000"), or 0.
std::size_t joiner_size(std::string_view s, std::size_t i) {
    char c = s[i];
    if (c == '.' || c == ',')
        return ascii_digit(s[i - 1]) && i + 1 < s.size() && ascii_digit(s[i + 1]) ? 1 : 0;
    std::size_t n = 0;
    if (c == '\'' || c == '-') n = 1;
    std::string_view seq = s.substr(i, 3);
    if (seq == "\xE2\x80\x99" || seq == "\xE2\x80\x90" || seq == "\xE2\x80\x91") n = 3;  // ’ and the two hyphens
    return n && i + n < s.size() && char_at(s, i + n).kind == CharClass::word ? n : 0;
}

}  // namespace

std::vector<std::string_view> diff_words(std::string_view text) {
    std::vector<std::string_view> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        Char first = char_at(text, i);
        std::size_t end = i + first.size;
        if (first.kind == CharClass::space) {
            for (Char c; end < text.size() && (c = char_at(text, end)).kind == CharClass::space;) end += c.size;
        } else if (first.kind == CharClass::word) {
            while (end < text.size()) {
                Char c = char_at(text, end);
                if (c.kind == CharClass::word) end += c.size;
                else if (std::size_t joined = joiner_size(text, end)) end += joined;
                else break;
            }
        }
        tokens.push_back(text.substr(i, end - i));
        i = end;
    }
    return tokens;
}

namespace {

struct Point {
    int x, y;  // x tokens of the old text and y of the new are behind
};

// Myers' search for the shortest edit script, in linear space: find a point
// on a shortest path through the middle of the box, then solve the two
// halves. Tokens are compared as ids, so a comparison is one integer.
//
// v[k] holds the furthest x a path with d edits reaches on diagonal k = x - y
// (forward from the box's start; the backward search does the same from its
// end, on the reversed texts), or -1 where no such path stays in the box.
// Only moves inside the box are taken. That can leave out a path whose best
// predecessor sat on the box's edge, but never one on a shortest path (a
// path at the right edge can reach the end by insertions alone, more
// cheaply), which is all the search needs.
class EditSearch {
public:
    EditSearch(const std::vector<int>& a, const std::vector<int>& b, int half_limit)
        : a_(a), b_(b), half_limit_(std::max(half_limit, 1)) {}

    // The edits turning all of a_ into all of b_, in order, as (kind, index
    // into a_ or b_). A stack of boxes rather than recursion: past the
    // search limit the halves chain one after another, as deep as the text
    // is long.
    std::vector<std::pair<DiffRun::Kind, int>> solve() {
        std::vector<std::pair<DiffRun::Kind, int>> out;
        struct Box {
            int a0, a1, b0, b1;
            bool same;  // a0..a1 are tokens in common, to emit; not a box to solve
        };
        std::vector<Box> todo{{0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size()), false}};
        while (!todo.empty()) {
            auto [a0, a1, b0, b1, same] = todo.back();
            todo.pop_back();
            if (same) {
                for (int i = a0; i < a1; ++i) out.emplace_back(DiffRun::Kind::same, i);
                continue;
            }
            for (; a0 < a1 && b0 < b1 && a_[a0] == b_[b0]; ++a0, ++b0) out.emplace_back(DiffRun::Kind::same, a0);
            int suffix = 0;
            while (a0 < a1 - suffix && b0 < b1 - suffix && a_[a1 - 1 - suffix] == b_[b1 - 1 - suffix]) ++suffix;
            a1 -= suffix, b1 -= suffix;
            if (suffix > 0) todo.push_back({a1, a1 + suffix, 0, 0, true});
            // Trimmed, a box that is not one-sided needs at least two edits,
            // and each half found needs fewer than the whole: this ends.
            Point split{0, 0};
            if (a0 < a1 && b0 < b1 && middle(a0, a1, b0, b1, split)) {
                todo.push_back({split.x, a1, split.y, b1, false});
                todo.push_back({a0, split.x, b0, split.y, false});
                continue;
            }
            for (int i = a0; i < a1; ++i) out.emplace_back(DiffRun::Kind::deleted, i);
            for (int j = b0; j < b1; ++j) out.emplace_back(DiffRun::Kind::inserted, j);
        }
        return out;
    }

private:
    // The furthest x on diagonal k after one more edit, from diagonals k-1
    // (a deletion) and k+1 (an insertion) of the round before; -1 if neither
    // move stays in an n x m box. d == 0 starts at the corner.
    static int step(const std::vector<int>& v, int offset, int k, int d, int n, int m) {
        if (d == 0) return 0;
        int best = -1;
        if (k > -d && v[offset + k - 1] >= 0 && v[offset + k - 1] < n) best = v[offset + k - 1] + 1;
        if (k < d && v[offset + k + 1] >= 0 && v[offset + k + 1] - k <= m) best = std::max(best, v[offset + k + 1]);
        return best;
    }

    // A point that splits the (trimmed, two-sided) box into two whose edits
    // add up to the fewest the box needs. The searches always meet by the
    // last round (deleting and inserting everything is a path), so false is
    // only a safe answer for a case that cannot arise. Past half_limit_
    // rounds it settles for the point either search has got furthest to:
    // the half behind it is still solved exactly, the rest searched again.
    bool middle(int a0, int a1, int b0, int b1, Point& split) {
        const int n = a1 - a0, m = b1 - b0, delta = n - m;
        const bool odd = delta % 2 != 0;
        const int offset = m + 1;  // diagonals run from -m to n; one spare each side
        forward_.assign(static_cast<std::size_t>(n + m + 3), -1);
        backward_.assign(forward_.size(), -1);
        Point best_forward{0, 0}, best_backward{0, 0};  // backward in reversed coordinates
        const int rounds = (n + m + 1) / 2;
        for (int d = 0; d <= rounds; ++d) {
            // Diagonals of d's parity, those in the box only.
            const int lo = std::max(-d, -m) + (std::max(-d, -m) + d) % 2, hi = std::min(d, n);
            for (int k = lo; k <= hi; k += 2) {
                int x = step(forward_, offset, k, d, n, m);
                if (x >= 0) {
                    while (x < n && x - k < m && a_[a0 + x] == b_[b0 + x - k]) ++x;
                    if (2 * x - k > best_forward.x + best_forward.y) best_forward = {x, x - k};
                }
                forward_[offset + k] = x;
                // With an odd delta a shortest path has 2d-1 edits: the
                // backward search has done d-1 rounds when they meet.
                int back = x < 0 ? -1 : backward_[offset + delta - k];
                if (odd && back >= 0 && x + back >= n) {
                    split = {a0 + x, b0 + x - k};
                    return true;
                }
            }
            for (int k = lo; k <= hi; k += 2) {
                int x = step(backward_, offset, k, d, n, m);
                if (x >= 0) {
                    while (x < n && x - k < m && a_[a1 - 1 - x] == b_[b1 - 1 - (x - k)]) ++x;
                    if (2 * x - k > best_backward.x + best_backward.y) best_backward = {x, x - k};
                }
                backward_[offset + k] = x;
                // Even delta: 2d edits, both searches d rounds deep. Split
                // where the forward path is, the other end of the overlap.
                int kf = delta - k, ahead = x < 0 ? -1 : forward_[offset + kf];
                if (!odd && ahead >= 0 && ahead + x >= n) {
                    split = {a0 + ahead, b0 + ahead - kf};
                    return true;
                }
            }
            if (d == half_limit_) {
                // Both searches have gone d >= 1 rounds without meeting, so
                // neither point is at a corner of the box.
                if (best_forward.x + best_forward.y >= best_backward.x + best_backward.y)
                    split = {a0 + best_forward.x, b0 + best_forward.y};
                else
                    split = {a1 - best_backward.x, b1 - best_backward.y};
                return true;
            }
        }
        return false;
    }

    const std::vector<int>& a_;
    const std::vector<int>& b_;
    const int half_limit_;
    std::vector<int> forward_, backward_;
};

}  // namespace

std::vector<TokenEdit> word_edit_script(std::string_view old_text, std::string_view new_text,
                                        std::size_t search_limit) {
    std::vector<std::string_view> old_tokens = diff_words(old_text), new_tokens = diff_words(new_text);
    // Equal tokens get equal ids; the ids are only ever compared for
    // equality, so the hash table's order never shows.
    std::unordered_map<std::string_view, int> ids;
    auto to_ids = [&](const std::vector<std::string_view>& tokens) {
        std::vector<int> out;
        out.reserve(tokens.size());
        for (std::string_view t : tokens) out.push_back(ids.emplace(t, static_cast<int>(ids.size())).first->second);
        return out;
    };
    std::vector<int> a = to_ids(old_tokens), b = to_ids(new_tokens);

    std::size_t half_limit = std::min<std::size_t>(search_limit / 2 + search_limit % 2, 1 << 30);
    std::vector<std::pair<DiffRun::Kind, int>> edits = EditSearch(a, b, static_cast<int>(half_limit)).solve();

    // Between two tokens in common, deletions first: the halves can leave
    // them interleaved, and a redline reads old before new.
    std::vector<TokenEdit> script;
    script.reserve(edits.size());
    for (std::size_t i = 0; i < edits.size();) {
        if (edits[i].first == DiffRun::Kind::same) {
            script.push_back({DiffRun::Kind::same, old_tokens[static_cast<std::size_t>(edits[i].second)]});
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < edits.size() && edits[end].first != DiffRun::Kind::same) ++end;
        for (std::size_t j = i; j < end; ++j)
            if (edits[j].first == DiffRun::Kind::deleted)
                script.push_back({DiffRun::Kind::deleted, old_tokens[static_cast<std::size_t>(edits[j].second)]});
        for (std::size_t j = i; j < end; ++j)
            if (edits[j].first == DiffRun::Kind::inserted)
                script.push_back({DiffRun::Kind::inserted, new_tokens[static_cast<std::size_t>(edits[j].second)]});
        i = end;
    }
    return script;
}

namespace {

// Spaces, tabs and the in-line Unicode spaces, nothing that breaks a line.
bool within_line_space(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ' || s[i] == '\t') {
            ++i;
            continue;
        }
        std::string_view seq = s.substr(i, utf8_length(s, i));
        if (seq.empty() || !listed(seq, kUnicodeSpaces.begin(), kUnicodeSpaces.begin() + kHorizontalUnicodeSpaces))
            return false;
        i += seq.size();
    }
    return true;
}

}  // namespace

std::vector<DiffRun> word_diff(std::string_view old_text, std::string_view new_text, std::size_t search_limit) {
    std::vector<DiffRun> merged;
    for (const TokenEdit& e : word_edit_script(old_text, new_text, search_limit)) {
        if (merged.empty() || merged.back().kind != e.kind) merged.push_back({e.kind, ""});
        merged.back().text += e.token;
    }

    std::vector<DiffRun> runs;
    std::string deleted, inserted;  // the change being gathered
    auto flush = [&] {
        if (!deleted.empty()) runs.push_back({DiffRun::Kind::deleted, std::move(deleted)});
        if (!inserted.empty()) runs.push_back({DiffRun::Kind::inserted, std::move(inserted)});
        deleted.clear(), inserted.clear();
    };
    for (std::size_t i = 0; i < merged.size(); ++i) {
        DiffRun& r = merged[i];
        if (r.kind == DiffRun::Kind::deleted) deleted += r.text;
        else if (r.kind == DiffRun::Kind::inserted) inserted += r.text;
        else if (!(deleted.empty() && inserted.empty()) && i + 1 < merged.size() && within_line_space(r.text)) {
            // Merged runs alternate, so a change follows: the space joins it.
            deleted += r.text;
            inserted += r.text;
        } else {
            flush();
            runs.push_back(std::move(r));
        }
    }
    flush();
    return runs;
}

}  // namespace bargain
