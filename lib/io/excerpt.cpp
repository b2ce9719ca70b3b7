#include "io/excerpt.h"

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

}  // namespace

void attach_excerpts(std::vector<Diagnostic>& problems, const std::string& file, std::string_view raw) {
    std::string text;
    bool decoded_yet = false;
    for (Diagnostic& d : problems) {
        if (d.file != file || d.line <= 0 || !d.excerpt.empty()) continue;
        if (!decoded_yet) {
            text = decoded(raw);
            decoded_yet = true;
        }
        std::string_view line = line_of(text, d.line);
        if (is_text(line)) d.excerpt = std::string(line);
    }
}

}  // namespace bargain
