// The current contract as the campaign keeps it: a folder of Markdown
// files, one per article, each heading carrying a stable section id
// (`## 12.3 Hours of work {#art-12.3}`), so that proposals, tentative
// agreements and redlines can name a section and mean the same text for
// the life of the campaign (SPEC.md, "Contract text").
//
// What it must get right: a section is its heading and the text under it
// up to the next heading of any level, so sections never overlap and the
// files are exactly their sections put back together; every heading has
// an id, each id once across the whole contract, and a file that is not
// UTF-8 text is refused at the first byte that is not, never shown
// garbled. Headings inside fenced code blocks are text, as Markdown
// reads them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"

namespace bargain {

// An ATX heading line: "## 12.3 Hours of work {#art-12.3}".
struct Heading {
    int level = 0;              // 1 to 6, the number of '#'
    std::string title;          // "12.3 Hours of work"
    std::optional<std::string> id;  // "art-12.3"
    std::size_t id_column = 0;  // 1-based column of "{#", when there is an id
};

// The heading on `line` (without its newline), or none when it is not one.
std::optional<Heading> parse_heading(std::string_view line);

// "## 12.3 Hours of work {#art-12.3}": a heading line as the files write it.
std::string heading_line(int level, const std::string& title, const std::string& id);

struct ContractSection {
    std::string id;
    int level = 1;
    std::string title;
    // The lines under the heading, up to the next heading, each ending in
    // "\n"; blank lines at its start and end are left out.
    std::string body;
    std::string file;  // as diagnostics name it
    long long line = 0;
};

// One Markdown file of the contract: an article, its sections in order.
struct ContractFile {
    std::string name;  // its file name, "05-wages.md"
    std::vector<ContractSection> sections;
};

struct ContractText {
    std::string folder;
    std::vector<ContractFile> files;  // by file name
    const ContractSection* find(std::string_view id) const;
    std::vector<std::string> ids() const;  // in contract order
};

struct ContractLoad {
    ContractText contract;
    std::vector<Diagnostic> problems;
};

// The sections of one Markdown text named `file` in messages: for a
// contract file, and for the text of a proposal.
struct SectionsRead {
    std::vector<ContractSection> sections;
    std::string before;  // text before the first heading, as written
    long long before_line = 0;  // its first line that is not blank
    std::vector<Diagnostic> problems;
};
// `ids`: whether every heading must carry an id (a contract file), or may
// leave it out (a proposal's text, whose section is named by section:).
enum class SectionIds { required, optional };
SectionsRead read_sections(const std::string& file, std::string_view text, SectionIds ids = SectionIds::required);

// The contract from each file's name and text (in any order: they are
// sorted by name), `folder` prefixed to names in messages.
ContractLoad read_contract(const std::string& folder, std::vector<std::pair<std::string, std::string>> files);

// The contract in `folder`: every *.md file in it, by name.
ContractLoad load_contract(const std::string& folder);

}  // namespace bargain
