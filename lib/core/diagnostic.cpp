#include "core/diagnostic.h"

#include <algorithm>
#include <vector>

#include "core/utf8.h"
#include "core/visible.h"

namespace bargain {

// Messages quote what a file said, and a hostile file can say anything: a
// line break would split one problem into two lines for the CI log parsers
// that read FILE:LINE:COL, and an escape sequence would drive the reader's
// terminal (see visible.h).

std::string Diagnostic::located() const {
    std::string out;
    if (!file.empty()) {
        append_visible(out, file);
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    append_visible(out, message);
    return out;
}

namespace {

// One character of an excerpt as the terminal shows it: a tab as one space
// (so the caret line below lines up without knowing the tab stops), other
// controls as their escapes.
struct Glyph {
    std::size_t offset;  // in the excerpt's bytes
    std::string shown;
};

std::vector<Glyph> glyphs_of(std::string_view text) {
    std::vector<Glyph> out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = utf8_length(text, i);
        if (n == 0) n = 1;
        std::string_view one = text.substr(i, n);
        out.push_back({i, one == "\t" ? std::string(" ") : visible(one)});
        i += n;
    }
    return out;
}

std::size_t width_of(const std::string& shown) { return display_length(shown); }

// Lines longer than this show a window around the caret.
constexpr std::size_t kWidest = 100;
constexpr std::size_t kBefore = 40;

}  // namespace

std::size_t caret_bytes(std::string_view line, std::size_t at, bool in_flow, bool continues) {
    if (at >= line.size()) return 1;
    char first = line[at];
    if (first == '"' || first == '\'') {
        std::size_t close = line.find(first, at + 1);
        return close == std::string_view::npos ? line.size() - at : close - at + 1;
    }
    if (first == '{' || first == '[') {
        int depth = 0;
        char quote = 0;
        for (std::size_t end = at; end < line.size(); ++end) {
            char c = line[end];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return end - at + 1;
            }
        }
        return continues ? line.size() - at : 1;
    }
    bool flow = in_flow || line.substr(0, at).find_first_of("{[") != std::string_view::npos;
    std::size_t end = at;
    for (; end < line.size(); ++end) {
        char c = line[end];
        bool next_blank = end + 1 == line.size() || line[end + 1] == ' ' || line[end + 1] == '\t';
        if (c == ':' && next_blank) break;
        if (c == '#' && end > at && (line[end - 1] == ' ' || line[end - 1] == '\t')) break;
        if (flow && (c == ',' || c == '}' || c == ']')) break;
    }
    while (end > at && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
    return std::max<std::size_t>(end - at, 1);
}

std::string Diagnostic::shown(bool colour) const {
    const std::string blue = colour ? "\x1b[1;34m" : "", red = colour ? "\x1b[1;31m" : "",
                      bold = colour ? "\x1b[1m" : "", plain = colour ? "\x1b[0m" : "";
    std::string out = located() + '\n';
    const bool has_excerpt = line > 0 && !excerpt.empty();
    std::string number = has_excerpt ? std::to_string(line) : "  ";
    std::string pad(number.size(), ' ');
    if (has_excerpt) {
        std::vector<Glyph> gs = glyphs_of(excerpt);
        std::size_t at = column >= excerpt_column ? static_cast<std::size_t>(column - excerpt_column) : 0;
        std::size_t bytes = width > 0 ? static_cast<std::size_t>(width) : caret_bytes(excerpt, at, false, excerpt_continues);
        // Glyphs [first, last) are shown; the caret runs under [mark, mark_end).
        std::size_t mark = gs.size(), mark_end = gs.size();
        for (std::size_t g = 0; g < gs.size(); ++g) {
            if (mark == gs.size() && gs[g].offset >= at) mark = g;
            if (gs[g].offset >= at + bytes) {
                mark_end = g;
                break;
            }
        }
        std::size_t total = 0;
        for (const Glyph& g : gs) total += width_of(g.shown);
        std::size_t first = 0, last = gs.size();
        if (total > kWidest) {
            std::size_t room = 0;
            for (first = mark; first > 0 && room < kBefore; --first) room += width_of(gs[first - 1].shown);
            room = 0;
            for (last = first; last < gs.size() && room < kWidest; ++last) room += width_of(gs[last].shown);
        }
        std::string text = first > 0 || excerpt_column > 1 ? "..." : "";
        std::string under(text.size(), ' ');
        for (std::size_t g = first; g < last; ++g) {
            text += gs[g].shown;
            if (g < mark) under.append(width_of(gs[g].shown), ' ');
        }
        if (last < gs.size() || excerpt_continues) text += "...";
        std::size_t carets = 0;
        for (std::size_t g = mark; g < std::min(mark_end, last); ++g) carets += width_of(gs[g].shown);
        if (column > 0) under += red + std::string(std::max<std::size_t>(carets, 1), '^') + plain;
        out += blue + pad + " |" + plain + '\n';
        out += blue + number + " |" + plain + ' ' + text + '\n';
        if (column > 0) out += blue + pad + " |" + plain + ' ' + under + '\n';
    }
    if (!help.empty()) out += blue + pad + " =" + plain + ' ' + bold + "help" + plain + ": " + visible(help) + '\n';
    return out;
}

}  // namespace bargain
