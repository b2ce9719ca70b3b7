#include "contract/final_check.h"

#include <algorithm>
#include <limits>

#include "contract/agreement_report.h"
#include "contract/contract_text.h"
#include "core/text.h"
#include "text/word_diff.h"

namespace bargain {

namespace {

// Typographic marks and the plain ones they stand for: each UTF-8
// sequence, then its replacement.
constexpr std::pair<std::string_view, std::string_view> kPlain[] = {
    {"\u2018", "'"}, {"\u2019", "'"}, {"\u201A", "'"}, {"\u201B", "'"}, {"\u2032", "'"},
    {"\u201C", "\""}, {"\u201D", "\""}, {"\u201E", "\""}, {"\u201F", "\""}, {"\u2033", "\""},
    {"\u00AB", "\""}, {"\u00BB", "\""},
    {"\u2010", "-"}, {"\u2011", "-"}, {"\u2012", "-"}, {"\u2013", "-"}, {"\u2014", "-"}, {"\u2015", "-"},
    {"\u2212", "-"},
    {"\u00A0", " "}, {"\u2007", " "}, {"\u2009", " "}, {"\u202F", " "}, {"\u200B", ""}, {"\u00AD", ""},
};

// One line made plain: marks replaced, runs of dashes one dash (an em dash
// typed "--" is the printer's "—"), whitespace one space.
std::string plain_line(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        // Every mark is a multi-byte character: ASCII needs no look.
        if (static_cast<unsigned char>(line[i]) < 0x80) {
            char ch = line[i++];
            // Emphasis is how the text looks, not what it says.
            if (ch == '*') continue;
            out += (ch == '\t' || ch == '\r') ? ' ' : ch;
            continue;
        }
        bool replaced = false;
        for (const auto& [mark, plain] : kPlain)
            if (line.substr(i).starts_with(mark)) {
                out += plain;
                i += mark.size();
                replaced = true;
                break;
            }
        if (replaced) continue;
        char ch = line[i++];
        out += (ch == '\t' || ch == '\r') ? ' ' : ch;
    }
    std::string squeezed;
    for (char ch : out) {
        if (ch == '-' && !squeezed.empty() && squeezed.back() == '-') continue;
        if (ch == ' ' && (squeezed.empty() || squeezed.back() == ' ')) continue;
        squeezed += ch;
    }
    while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
    return squeezed;
}

// A line of only '=' or '-' underlines a heading in plain text (and in
// Markdown's other heading style): structure, not words.
bool underline(std::string_view line) {
    line = trim(line);
    if (line.size() < 3) return false;
    return line.find_first_not_of(line[0]) == std::string_view::npos && (line[0] == '=' || line[0] == '-');
}

// A line of Markdown as words: a heading keeps its title only.
std::string words_of(std::string_view line) {
    if (underline(line)) return "";
    if (auto h = parse_heading(line)) return plain_line(h->title);
    return plain_line(line);
}

// A text as the comparison reads it, each word's line kept: `out` gets the
// words, one space apart; `lines` the offset in `out` where each line
// starts, with its number.
struct Plain {
    std::string text;
    std::vector<std::pair<std::size_t, long long>> lines;  // (offset, line or section index)
};

void add(Plain& p, const std::string& words, long long source) {
    if (words.empty()) return;
    if (!p.text.empty()) p.text += ' ';
    p.lines.emplace_back(p.text.size(), source);
    p.text += words;
}

long long source_at(const Plain& p, std::size_t offset) {
    auto it = std::upper_bound(p.lines.begin(), p.lines.end(), std::make_pair(offset, std::numeric_limits<long long>::max()));
    return it == p.lines.begin() ? (p.lines.empty() ? 0 : p.lines.front().second) : std::prev(it)->second;
}

std::string joined(const std::vector<std::string_view>& tokens) {
    std::string out;
    for (std::string_view t : tokens) out += t;
    std::size_t a = out.find_first_not_of(' '), b = out.find_last_not_of(' ');
    return a == std::string::npos ? "" : out.substr(a, b - a + 1);
}

// Whether `rest` (after a "---" line) is the closing list.
bool closing_list(std::string_view rest) {
    while (!rest.empty() && (rest.front() == '\n' || rest.front() == '\r' || rest.front() == ' ')) rest.remove_prefix(1);
    return rest.starts_with(kStillOpen) || rest.starts_with(kNoneOpen);
}

constexpr std::size_t kFinalSearchLimit = 1000;

}  // namespace

std::string plain_words(std::string_view text) {
    Plain p;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        add(p, words_of(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start)), 0);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return p.text;
}

FinalCheck final_check(const ContractVersion& agreed, const std::string& printed_name, std::string_view printed) {
    FinalCheck out;
    out.printed = printed_name;
    std::vector<const VersionSection*> sections;
    Plain a, b;
    for (const VersionSection& s : agreed.sections) {
        if (!s.present) continue;
        long long index = static_cast<long long>(sections.size());
        sections.push_back(&s);
        add(a, plain_line(s.title), index);
        for (std::size_t start = 0; start < s.body.size();) {
            std::size_t nl = s.body.find('\n', start);
            if (nl == std::string::npos) nl = s.body.size();
            add(a, words_of(std::string_view(s.body).substr(start, nl - start)), index);
            start = nl + 1;
        }
    }
    out.sections = sections.size();
    long long number = 0;
    for (std::size_t start = 0; start <= printed.size();) {
        std::size_t nl = printed.find('\n', start);
        std::string_view line = printed.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        // `bargain contract`'s own closing list is about the bargaining, not
        // contract text: a printer given that file is compared up to it
        // (after a "---" in Markdown; its first line in plain text).
        if (trim(line) == "---" && closing_list(printed.substr(nl == std::string_view::npos ? printed.size() : nl)))
            break;
        if (trim(line) == kStillOpen || trim(line) == kNoneOpen) break;
        // And its plain text's two lines of title.
        if (number == 0 && line.ends_with(": tentative agreement") &&
            printed.substr(nl + 1).starts_with("The current contract with ")) {
            std::size_t second = printed.find('\n', nl + 1);
            number = 2;
            start = second == std::string_view::npos ? printed.size() + 1 : second + 1;
            continue;
        }
        add(b, words_of(line), ++number);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }

    // A proof is the agreement with a few slips, so a short search finds
    // each; one far from it (another contract) is still listed in full,
    // in larger blocks, in a bounded time.
    std::vector<TokenEdit> edits = word_edit_script(a.text, b.text, kFinalSearchLimit);
    // Each edit's offset in the agreed text and in the printed one.
    std::vector<std::size_t> pos_a, pos_b;
    for (std::size_t k = 0, x = 0, y = 0; k < edits.size(); ++k) {
        pos_a.push_back(x);
        pos_b.push_back(y);
        if (edits[k].kind != DiffRun::Kind::inserted) x += edits[k].token.size();
        if (edits[k].kind != DiffRun::Kind::deleted) y += edits[k].token.size();
    }
    // Each stretch of changes, with up to four words around it on each side.
    const std::size_t n = edits.size();
    for (std::size_t i = 0; i < n;) {
        if (edits[i].kind == DiffRun::Kind::same) {
            ++i;
            continue;
        }
        // A stretch of changes goes on through a gap of up to three kept
        // words: "eight (8)" to "six (6)" is one difference, not two.
        std::size_t end = i;
        for (;;) {
            while (end < n && edits[end].kind != DiffRun::Kind::same) ++end;
            std::size_t next = end, kept = 0;
            while (next < n && edits[next].kind == DiffRun::Kind::same && kept <= 3) {
                if (edits[next].token != " ") ++kept;
                ++next;
            }
            if (next < n && edits[next].kind != DiffRun::Kind::same && kept <= 3) end = next;
            else break;
        }
        std::vector<std::string_view> old_words, new_words;
        // The words around it, within its section: a heading that follows
        // is another section's, and would only confuse the reader.
        // Words only added at a section's end belong to it, not to the
        // heading of the next: the section of the words before them.
        const std::size_t in_a =
            edits[i].kind == DiffRun::Kind::inserted && pos_a[i] > 0 ? pos_a[i] - 1 : pos_a[i];
        const std::size_t in_b = pos_b[i];
        const long long section = source_at(a, in_a);
        auto same_section = [&](std::size_t k) {
            return k < n && source_at(a, edits[k].kind == DiffRun::Kind::inserted && pos_a[k] > 0 ? pos_a[k] - 1 : pos_a[k]) ==
                                section;
        };
        std::size_t before = i, words = 0;
        while (before > 0 && words < 4 && same_section(before - 1)) {
            --before;
            if (edits[before].token != " ") ++words;
        }
        std::size_t after = end;
        words = 0;
        while (after < n && edits[after].kind == DiffRun::Kind::same && same_section(after) &&
               (words < 4 || edits[after].token != " ")) {
            if (edits[after].token == " ") ++words;
            ++after;
        }
        for (std::size_t k = before; k < after; ++k) {
            if (edits[k].kind != DiffRun::Kind::inserted) old_words.push_back(edits[k].token);
            if (edits[k].kind != DiffRun::Kind::deleted) new_words.push_back(edits[k].token);
        }
        FinalDifference d;
        const VersionSection* s = sections.empty() ? nullptr : sections[static_cast<std::size_t>(source_at(a, in_a))];
        if (s) {
            d.section = s->id;
            d.title = s->title;
        }
        d.line = source_at(b, in_b);
        d.agreed = joined(old_words);
        d.printed = joined(new_words);
        out.differences.push_back(std::move(d));
        i = end;
    }
    return out;
}

std::string final_check_text(const FinalCheck& f, const std::string& agreed_shown) {
    if (f.differences.empty())
        return f.printed + ": no substantive difference from the contract with " + agreed_shown + " applied: " +
               std::to_string(f.sections) + " sections, compared ignoring whitespace, typographic quotes and dashes\n";
    std::string out = f.printed + ": " + std::to_string(f.differences.size()) +
                      (f.differences.size() == 1 ? " difference" : " differences") +
                      " from the contract with " + agreed_shown + " applied:\n";
    for (const FinalDifference& d : f.differences) {
        out += "  " + f.printed + ":" + std::to_string(d.line) + ": in section " + d.section + " (" + d.title + ")\n";
        out += "    agreed:  " + (d.agreed.empty() ? "(nothing)" : d.agreed) + "\n";
        out += "    printed: " + (d.printed.empty() ? "(nothing)" : d.printed) + "\n";
    }
    return out;
}

}  // namespace bargain
