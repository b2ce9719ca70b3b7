#include "io/file_format.h"

#include <string>
#include <string_view>

#include "io/text_source.h"

namespace bargain {

namespace {
bool ends_with(std::string_view s, std::string_view tail) {
    if (s.size() < tail.size()) return false;
    for (size_t i = 0; i < tail.size(); ++i) {
        char c = s[s.size() - tail.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != tail[i]) return false;
    }
    return true;
}
}  // namespace

FileFormat guess_format(Input& in) {
    const std::string& path = in.path();
    if (ends_with(path, ".yaml") || ends_with(path, ".yml")) return FileFormat::yaml;
    if (ends_with(path, ".csv")) return FileFormat::csv;

    // Sniff: YAML starts with `---`, a comment, or a `key:`; a CSV header
    // row has no colon in its first cell. A UTF-16 file is looked at as the
    // text it holds, so that it reaches the reader that can say what is
    // wrong with it, or read it.
    std::string text = text_head(in.peek(4096));
    std::string_view head = text;
    while (!head.empty()) {
        size_t eol = head.find('\n');
        std::string_view line = head.substr(0, eol);
        size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos) {
            if (eol == std::string_view::npos) break;
            head.remove_prefix(eol + 1);
            continue;
        }
        line.remove_prefix(first);
        if (line.substr(0, 3) == "---" || line[0] == '#' || line[0] == '{') return FileFormat::yaml;
        size_t colon = line.find(':');
        size_t comma = line.find(',');
        if (colon != std::string_view::npos && (comma == std::string_view::npos || colon < comma) &&
            line.substr(0, colon).find_first_of(";\t") == std::string_view::npos)
            return FileFormat::yaml;
        return FileFormat::csv;
    }
    return FileFormat::csv;
}

}  // namespace bargain
