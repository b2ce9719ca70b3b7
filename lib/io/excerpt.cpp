#include "io/excerpt.h"

#include <algorithm>
#include <map>
#include <memory>

#include "core/utf8.h"
#include "io/input.h"
#include "io/text_source.h"

namespace bargain {

std::string_view line_of(std::string_view text, long long line) {
    std::size_t start = 0;
    for (long long n = 1; n < line; ++n) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) return {};
        start = end + 1;
    }
    std::size_t end = text.find('\n', start);
    std::string_view out = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return out;
}

namespace {

// The text the readers saw, or as much of it as decodes: an encoding
// problem stops the readers at the same place.
std::string decoded(std::string_view raw) {
    std::unique_ptr<Input> in = Input::from_string("", std::string(raw));
    TextSource source(*in, kSaveYamlAsUtf8);
    std::string out;
    char chunk[1 << 14];
    while (std::size_t n = source.read(chunk, sizeof chunk)) out.append(chunk, n);
    return out;
}

// A line worth showing: text, not the bytes of a file that is not one
// (every problem about those is already "not UTF-8" or "NUL byte").
bool is_text(std::string_view line) {
    for (std::size_t i = 0; i < line.size();) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        if (c < 0x20 && c != '\t') return false;
        std::size_t n = utf8_length(line, i);
        if (n == 0 || c == 0x7f) return false;
        i += n;
    }
    return true;
}

// Where each line starts, so a file with many problems is not searched
// from its top for each one.
std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> out{0};
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) out.push_back(i + 1);
    return out;
}

std::string_view line_at(std::string_view text, const std::vector<std::size_t>& starts, long long line) {
    if (line < 1 || static_cast<std::size_t>(line) > starts.size()) return {};
    std::size_t n = static_cast<std::size_t>(line);
    std::size_t start = starts[n - 1], end = n < starts.size() ? starts[n] - 1 : text.size();
    return line_of(text.substr(start, end - start), 1);
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Of a line longer than this, only the bytes around the place are kept:
// enough for the window Diagnostic::shown prints, and a file of one long
// line with thousands of problems costs kilobytes, not gigabytes.
constexpr std::size_t kWholeLine = 1024;
constexpr std::size_t kKeepBefore = 256;

}  // namespace

void attach_excerpts(std::vector<Diagnostic>& problems, const std::string& file, std::string_view raw) {
    std::string text;
    std::vector<std::size_t> starts;
    // Per line: whether it is text, and where its first { or [ is.
    struct Seen {
        bool text;
        std::size_t first_bracket;
    };
    std::map<long long, Seen> lines;
    bool decoded_yet = false;
    for (Diagnostic& d : problems) {
        if (d.file != file || d.line <= 0 || !d.excerpt.empty()) continue;
        if (!decoded_yet) {
            text = decoded(raw);
            starts = line_starts(text);
            decoded_yet = true;
        }
        std::string_view line = line_at(text, starts, d.line);
        auto [seen, added] = lines.try_emplace(d.line, Seen{false, 0});
        if (added) seen->second = Seen{is_text(line), line.find_first_of("{[")};
        if (!seen->second.text) continue;
        if (line.size() <= kWholeLine) {
            d.excerpt = std::string(line);
            continue;
        }
        std::size_t at = d.column > 0 ? static_cast<std::size_t>(d.column - 1) : 0;
        std::size_t from = at > kKeepBefore ? std::min(at - kKeepBefore, line.size()) : 0;
        while (from > 0 && continuation(line[from])) --from;
        std::size_t to = std::min(from + kWholeLine, line.size());
        while (to < line.size() && continuation(line[to])) --to;
        d.excerpt = std::string(line.substr(from, to - from));
        d.excerpt_column = static_cast<long long>(from) + 1;
        d.excerpt_continues = to < line.size();
        // What the caret underlines is found in the whole line, as it would
        // be uncut (a bracket may close past the part kept).
        if (d.width == 0 && at < line.size())
            d.width = static_cast<long long>(caret_bytes(line.substr(at), 0, seen->second.first_bracket < at, false));
    }
}

}  // namespace bargain
