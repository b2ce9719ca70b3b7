#include "contract/contract_text.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/text.h"
#include "core/utf8.h"

namespace bargain {

namespace {

bool is_id_char(char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '_';
}

bool blank(std::string_view line) { return trim(line).empty(); }

// A fence opens or closes a code block: three or more ` or ~, indented at
// most three spaces; what follows it (a language, on an opening fence).
struct Fence {
    char ch = 0;
    std::size_t length = 0;
    bool bare = true;  // nothing after it but spaces: it may close a block
};
std::optional<Fence> fence(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return std::nullopt;
    Fence f{line[i], 0, true};
    while (i + f.length < line.size() && line[i + f.length] == f.ch) ++f.length;
    if (f.length < 3) return std::nullopt;
    f.bare = trim(line.substr(i + f.length)).empty();
    return f;
}

// A line that underlines the line above it as a heading (Markdown's other
// heading style): '=' for level 1, '-' for level 2; 0 when it is not one.
int setext_level(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    std::string_view rest = trim(line.substr(i));
    if (rest.empty() || (rest[0] != '=' && rest[0] != '-')) return 0;
    if (rest.find_first_not_of(rest[0]) != std::string_view::npos) return 0;
    return rest[0] == '=' ? 1 : 2;
}

bool list_item(std::string_view line) {
    std::string_view t = trim(line);
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return true;
    std::size_t d = 0;
    while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
    return d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
}

// An id to suggest for a heading without one: "12.3 Hours of work" is
// art-12.3; a title without a number is its words, "hours-of-work".
std::string suggested_id(const std::string& title) {
    std::string rest = title;
    // "Article 12 Hours": the number, not the word before it.
    for (const char* word : {"Article ", "ARTICLE ", "Section ", "SECTION ", "Art. "})
        if (rest.starts_with(word)) rest = rest.substr(std::string_view(word).size());
    std::string first = rest.substr(0, rest.find(' '));
    bool number = !first.empty() && std::isdigit(static_cast<unsigned char>(first[0]));
    for (char ch : first) number = number && (std::isdigit(static_cast<unsigned char>(ch)) || ch == '.');
    while (number && !first.empty() && first.back() == '.') first.pop_back();
    if (number && !first.empty()) return "art-" + first;
    std::string out;
    for (char ch : title) {
        if (std::isalnum(static_cast<unsigned char>(ch))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "art-1" : out;
}

// The first byte that is not UTF-8 text, as a problem at its line and
// column; none when the text is well formed. A NUL is not text either.
std::optional<Diagnostic> not_text(const std::string& file, std::string_view text) {
    long long line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = text[i] == '\0' ? 0 : utf8_length(text, i);
        if (n == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[i]));
            return Diagnostic{file, line, column,
                              std::string("this file is not UTF-8 text: byte ") + hex + " is not a character",
                              "save it as UTF-8 (a word processor's \"Plain text, UTF-8\"); the contract's text must "
                              "read the same everywhere it is shown"};
        }
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += n;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Heading> parse_heading(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    std::size_t hashes = 0;
    while (i + hashes < line.size() && line[i + hashes] == '#') ++hashes;
    if (hashes == 0 || hashes > 6) return std::nullopt;
    std::size_t rest = i + hashes;
    if (rest < line.size() && line[rest] != ' ' && line[rest] != '\t') return std::nullopt;
    Heading h;
    h.level = static_cast<int>(hashes);
    std::string_view title = line.substr(rest);
    // A closing run of '#' after a space is not part of the title.
    std::string_view t = trim(title);
    std::size_t end = t.size();
    while (end > 0 && t[end - 1] == '#') --end;
    if (end < t.size() && (end == 0 || t[end - 1] == ' ' || t[end - 1] == '\t')) t = trim(t.substr(0, end));
    // "{#id}" at the end, after a space.
    if (t.size() >= 3 && t.back() == '}') {
        std::size_t open = t.rfind("{#");
        if (open != std::string_view::npos && (open == 0 || t[open - 1] == ' ' || t[open - 1] == '\t')) {
            h.id = std::string(t.substr(open + 2, t.size() - open - 3));
            h.id_column = static_cast<std::size_t>(t.data() - line.data()) + open + 1;
            t = trim(t.substr(0, open));
        }
    }
    h.title = std::string(t);
    return h;
}

std::string heading_line(int level, const std::string& title, const std::string& id) {
    return std::string(static_cast<std::size_t>(level), '#') + " " + title + " {#" + id + "}";
}

const ContractSection* ContractText::find(std::string_view id) const {
    for (const ContractFile& f : files)
        for (const ContractSection& s : f.sections)
            if (s.id == id) return &s;
    return nullptr;
}

std::vector<std::string> ContractText::ids() const {
    std::vector<std::string> out;
    for (const ContractFile& f : files)
        for (const ContractSection& s : f.sections) out.push_back(s.id);
    return out;
}

SectionsRead read_sections(const std::string& file, std::string_view text, SectionIds ids) {
    SectionsRead out;
    if (auto d = not_text(file, text)) {
        out.problems.push_back(std::move(*d));
        return out;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte-order mark
    // A line ends at LF, CR LF or a CR alone (old Macintosh files), as
    // Markdown reads them.
    std::string lf;
    lf.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') lf += text[i];
        else if (i + 1 >= text.size() || text[i + 1] != '\n') lf += '\n';
    }
    text = lf;
    std::vector<std::string> pending;  // the current section's lines
    auto flush = [&]() {
        while (!pending.empty() && blank(pending.back())) pending.pop_back();
        std::size_t first = 0;
        while (first < pending.size() && blank(pending[first])) ++first;
        std::string body;
        for (std::size_t k = first; k < pending.size(); ++k) body += pending[k] + "\n";
        if (out.sections.empty()) out.before = body;
        else out.sections.back().body = body;
        pending.clear();
    };
    std::optional<Fence> code;  // the fence of the code block we are in
    long long number = 0;
    long long before_number = 0;  // the line of the last line kept in `pending`
    for (std::size_t start = 0; start < text.size();) {
        std::size_t nl = text.find('\n', start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? text.size() : nl + 1;
        ++number;
        bool in_code = code.has_value();
        if (auto f = fence(line)) {
            if (!code) code = f;
            else if (f->ch == code->ch && f->length >= code->length && f->bare) code.reset();
            in_code = true;
        }
        std::optional<Heading> h = in_code ? std::nullopt : parse_heading(line);
        long long heading_line = number;
        std::size_t heading_end = line.size();
        // "Title\n=====": the line above, when it is a paragraph of one line.
        if (!h && !in_code && !pending.empty() && before_number == number - 1 && !blank(pending.back()) &&
            !list_item(pending.back()) && (pending.size() == 1 || blank(pending[pending.size() - 2]))) {
            if (int level = setext_level(line)) {
                const std::string& above = pending.back();
                const std::size_t indent = above.find_first_not_of(" \t");
                h = parse_heading(std::string(static_cast<std::size_t>(level), '#') + " " + std::string(trim(above)));
                if (h) {
                    // Its column in the line above, not in the "## " made of it.
                    if (h->id_column) h->id_column = h->id_column - static_cast<std::size_t>(level) - 1 + indent;
                    heading_line = number - 1;
                    heading_end = pending.back().size();
                    pending.pop_back();
                    if (out.sections.empty() && out.before_line == heading_line) out.before_line = 0;
                }
            }
        }
        if (!h) {
            if (out.sections.empty() && out.before_line == 0 && !blank(line)) out.before_line = number;
            pending.emplace_back(line);
            before_number = number;
            continue;
        }
        flush();
        ContractSection s;
        s.level = h->level;
        s.title = h->title;
        s.file = file;
        s.line = heading_line;
        if (!h->id && ids == SectionIds::optional) {
            // named by the proposal's section:
        } else if (!h->id) {
            std::string id = suggested_id(h->title);
            out.problems.push_back(Diagnostic{file, heading_line, static_cast<long long>(heading_end) + 1,
                                              "this heading has no section id: end it with one, like {#" + id + "}",
                                              "proposals, agreements and redlines name a section by its id, so it "
                                              "is written once and kept for the life of the contract"});
        } else if (h->id->empty() || !std::all_of(h->id->begin(), h->id->end(), is_id_char)) {
            out.problems.push_back(Diagnostic{file, heading_line, static_cast<long long>(h->id_column),
                                              "'{#" + *h->id + "}' is not a section id: use letters, digits, '.', "
                                              "'-' and '_', like {#art-12.3}"});
        } else {
            s.id = *h->id;
        }
        out.sections.push_back(std::move(s));
    }
    flush();
    return out;
}

ContractLoad read_contract(const std::string& folder, std::vector<std::pair<std::string, std::string>> files) {
    ContractLoad out;
    out.contract.folder = folder;
    std::sort(files.begin(), files.end());
    std::map<std::string, const ContractSection*> seen;
    for (const auto& [name, text] : files) {
        std::string shown = folder.empty() ? name : (std::filesystem::path(folder) / name).string();
        SectionsRead r = read_sections(shown, text);
        out.problems.insert(out.problems.end(), r.problems.begin(), r.problems.end());
        if (r.before_line && r.problems.empty() && !r.sections.empty())
            out.problems.push_back(Diagnostic{shown, r.before_line, 1,
                                              "this text comes before the file's first heading, so it belongs to no "
                                              "section",
                                              "start the file with the article's heading, like # Article 5 Wages "
                                              "{#art-5}"});
        if (r.sections.empty() && r.problems.empty())
            out.problems.push_back(Diagnostic{shown, 1, 1, "this file has no headings, so no sections",
                                              "each article is a file of sections, each under a heading with its id, "
                                              "like ## 5.1 Salary schedule {#art-5.1}"});
        ContractFile f{name, std::move(r.sections)};
        out.contract.files.push_back(std::move(f));
    }
    // Ids are checked once every file is in place, so pointers stay put.
    for (const ContractFile& f : out.contract.files)
        for (const ContractSection& s : f.sections) {
            if (s.id.empty()) continue;
            auto [it, fresh] = seen.emplace(s.id, &s);
            if (!fresh)
                out.problems.push_back(Diagnostic{s.file, s.line, 1,
                                                  "section id '" + s.id + "' is also the id of " + it->second->file +
                                                      ":" + std::to_string(it->second->line) + " (" +
                                                      it->second->title + ")",
                                                  "each section has its own id; give this one another"});
        }
    if (files.empty())
        out.problems.push_back(Diagnostic{folder, 0, 0, "the contract folder has no .md files",
                                          "write the contract's articles as Markdown files in it, one per article"});
    return out;
}

ContractLoad load_contract(const std::string& folder) {
    std::vector<std::pair<std::string, std::string>> files;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec);
    if (ec) {
        ContractLoad out;
        out.contract.folder = folder;
        out.problems.push_back(Diagnostic{folder, 0, 0, "cannot open the contract folder: " + ec.message()});
        return out;
    }
    for (const auto& entry : it) {
        const std::filesystem::path& p = entry.path();
        if (p.extension() != ".md" || !entry.is_regular_file(ec)) continue;
        std::ifstream in(p, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in && !in.eof()) {
            ContractLoad out;
            out.problems.push_back(Diagnostic{p.string(), 0, 0, "cannot read this file"});
            return out;
        }
        files.emplace_back(p.filename().string(), text.str());
    }
    return read_contract(folder, std::move(files));
}

}  // namespace bargain
