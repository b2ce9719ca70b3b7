#include "text/text_wrap.h"

#include <vector>

#include "core/utf8.h"

namespace bargain {

namespace {

// The width of "WHERE: " at the start of `s` (after its indent), or 0.
std::size_t label_width(std::string_view s) {
    auto capital = [&](std::size_t i) { return i < s.size() && s[i] >= 'A' && s[i] <= 'Z'; };
    std::size_t i = 0;
    // Capitals, single spaces between words of them: "WHERE", "MEDIA CONTACT".
    while (capital(i) || (i > 0 && i < s.size() && s[i] == ' ' && capital(i + 1))) ++i;
    if (i == 0 || i + 1 >= s.size() || s[i] != ':' || s[i + 1] != ' ') return 0;
    return i + 2;
}

void wrap_line(std::string_view line, std::size_t width, std::string& out) {
    if (display_length(line) <= width) {
        out += line;
        return;
    }
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    // An indented line is an item of a list (a WHERE location): its own
    // continuation goes two columns further in, so it reads as one item.
    std::string hang(indent + (indent > 0 ? 2 : 0) + label_width(line.substr(indent)), ' ');

    std::vector<std::string_view> words;
    std::size_t start = indent;
    // The label stays with the first word: "WHERE: SOS" is never split.
    std::size_t first_break = indent + label_width(line.substr(indent));
    for (std::size_t i = first_break; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ' ') {
            if (i > start) words.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    }
    std::string current(line.substr(0, indent));
    std::size_t used = indent;
    bool empty = true;
    for (std::string_view w : words) {
        std::size_t w_cols = display_length(w);
        if (!empty && used + 1 + w_cols > width) {
            out += current;
            out += '\n';
            current = hang;
            used = hang.size();
            empty = true;
        }
        if (!empty) {
            current += ' ';
            ++used;
        }
        current += w;
        used += w_cols;
        empty = false;
    }
    out += current;
}

}  // namespace

std::string wrap_text(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        wrap_line(text.substr(pos, end - pos), width, out);
        if (end == text.size()) break;
        out += '\n';
        pos = end + 1;
    }
    return out;
}

}  // namespace bargain
