#include "site/site_check.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_set>

#include "campaign/campaign_vote.h"
#include "io/csv_reader.h"
#include "io/file_format.h"
#include "io/input.h"
#include "io/yaml_source.h"
#include "tally/export_mapping.h"
#include "tally/mapping_hint.h"

namespace bargain {

namespace {

// Values by the column (or YAML key) they were found under, per file.
using Columns = std::map<std::string, std::vector<std::string>>;

void yaml_values(const YamlNode& n, const std::string& key, Columns& out) {
    switch (n.kind) {
        case YamlNode::Kind::scalar: out[key].push_back(n.value); break;
        case YamlNode::Kind::sequence:
            for (const YamlNode& i : n.items) yaml_values(i, key, out);
            break;
        case YamlNode::Kind::map:
            for (const auto& [k, v] : n.entries) yaml_values(v, k.value, out);
            break;
        default: break;
    }
}

std::optional<Columns> file_values(const std::string& path, std::vector<Diagnostic>& problems) {
    auto in = Input::open(path);
    if (!in) {
        problems.push_back(in.error());
        return std::nullopt;
    }
    Columns out;
    if (guess_format(**in) == FileFormat::yaml) {
        auto doc = load_yaml_document(**in);
        if (!doc) {
            problems.push_back(doc.error());
            return std::nullopt;
        }
        yaml_values(*doc, "", out);
        return out;
    }
    CsvReader csv(**in);
    std::vector<std::string> header;
    bool first = true;
    while (csv.next()) {
        const auto& f = csv.fields();
        if (first) {
            for (std::string_view h : f) header.emplace_back(h);
            first = false;
            continue;
        }
        for (std::size_t i = 0; i < f.size(); ++i)
            out[i < header.size() ? header[i] : "column " + std::to_string(i + 1)].emplace_back(f[i]);
    }
    return out;
}

// A column names voters when its values are mostly distinct; a few values
// repeated (yes/no, a unit) are the campaign's words, shown on purpose.
bool identifies(const std::vector<std::string>& values) {
    std::set<std::string> distinct(values.begin(), values.end());
    return distinct.size() >= 20 || distinct.size() * 2 > values.size();
}

bool word_char(unsigned char c) { return std::isalnum(c) || c == '@' || c == '.' || c == '_' || c == '-' || c == '+' || c >= 0x80; }

// A word of a page, and the same without the full stop or dash that ends a
// sentence after it ("jane@example.org.").
void add(std::unordered_set<std::string>& words, std::string w) {
    if (w.empty()) return;
    words.insert(w);
    while (!w.empty() && (w.back() == '.' || w.back() == '-')) w.pop_back();
    if (!w.empty()) words.insert(w);
}

// The words of a text, for a first look before a substring search.
std::unordered_set<std::string> words_of(const std::string& text) {
    std::unordered_set<std::string> out;
    std::string w;
    for (unsigned char c : text) {
        if (word_char(c)) {
            w += static_cast<char>(c);
            continue;
        }
        add(out, w);
        w.clear();
    }
    add(out, w);
    return out;
}

std::string first_word(const std::string& value) {
    std::string w;
    for (unsigned char c : value) {
        if (!word_char(c)) break;
        w += static_cast<char>(c);
    }
    return w;
}

}  // namespace

SiteCheck check_site(const Campaign& campaign, const std::string& campaign_text, const std::string& site_folder) {
    SiteCheck out;
    // Every roster and ballot file, once.
    std::set<std::string> files;
    for (const Vote& v : campaign.votes) {
        for (const std::string& f : vote_files(campaign, v).present) files.insert(f);
        if (!v.roster.empty()) {
            std::string r = campaign.resolve_path(v.roster);
            if (std::filesystem::exists(r)) files.insert(r);
        }
    }
    struct Sought {
        std::string source, column;
    };
    // The columns that hold choices: a choice is published in its count, and
    // a word like "yes" on a page says nothing of who chose it.
    std::set<std::string> choices;
    for (const Vote& v : campaign.votes) choices.insert(fold_word(v.column.empty() ? v.id : v.column));
    std::map<std::string, Sought> sought;  // value -> where it came from
    for (const std::string& f : files) {
        auto columns = file_values(f, out.problems);
        if (!columns) continue;
        for (const auto& [column, values] : *columns) {
            if (choices.count(fold_word(column)) || !identifies(values)) continue;
            for (const std::string& v : values) {
                // Too short to mean anyone, an answer word, or written in the
                // campaign itself.
                if (v.size() < 3 || first_word(v).empty() || campaign_text.find(v) != std::string::npos ||
                    likely_answer(v))
                    continue;
                sought.try_emplace(v, Sought{f, column});
            }
        }
    }
    out.values = sought.size();

    std::vector<std::filesystem::path> pages;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(site_folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) pages.push_back(it->path());
    if (ec) {
        out.problems.push_back(Diagnostic{site_folder, 0, 0, "cannot read the site's folder: " + ec.message()});
        return out;
    }
    std::sort(pages.begin(), pages.end());
    out.files = pages.size();
    for (const std::filesystem::path& p : pages) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const std::string content = text.str();
        const std::unordered_set<std::string> words = words_of(content);
        for (const auto& [value, from] : sought) {
            // A value written on the page has its first word among the page's
            // words; only then is the whole value looked for, so a roster of a
            // million costs a million lookups, not a million searches.
            if (!words.count(first_word(value)) || content.find(value) == std::string::npos) continue;
            out.leaks.push_back(SiteLeak{p.lexically_relative(site_folder).string(), value, from.source, from.column});
        }
    }
    return out;
}

}  // namespace bargain
