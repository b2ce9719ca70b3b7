// The contract's Markdown files read into sections: each heading with its
// id, the text under it up to the next heading, every problem located.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "contract/contract_text.h"
#include "lines_maker.h"

using namespace bargain;

namespace {

using Lines = std::vector<std::string>;

Lines problems(const ContractLoad& l) {
    Lines out;
    for (const Diagnostic& d : l.problems) out.push_back(d.located());
    return out;
}

}  // namespace

TEST_CASE("a heading's level, title and id are read as Markdown writes them") {
    auto h = parse_heading("## 12.3 Hours of work {#art-12.3}");
    REQUIRE(h);
    CHECK(h->level == 2);
    CHECK(h->title == "12.3 Hours of work");
    CHECK(h->id == "art-12.3");
    CHECK(h->id_column == 23);
    CHECK(parse_heading("# Article 5 ## {#art-5}")->title == "Article 5 ##");
    CHECK(parse_heading("### Overtime ###")->title == "Overtime");
    CHECK_FALSE(parse_heading("### Overtime ###")->id);
    CHECK_FALSE(parse_heading("#hashtag"));
    CHECK_FALSE(parse_heading("####### seven"));
    CHECK_FALSE(parse_heading("    # indented code"));
    CHECK(heading_line(2, "12.3 Hours of work", "art-12.3") == "## 12.3 Hours of work {#art-12.3}");
}

TEST_CASE("a section runs from its heading to the next heading of any level") {
    ContractLoad l = read_contract("contract", {{"12-hours.md",
                                                 "# Article 12 Hours {#art-12}\n\nPreamble.\n\n"
                                                 "## 12.1 Workday {#art-12.1}\n\nEight hours.\n\n\n"
                                                 "```\n# not a heading\n```\n"
                                                 "## 12.2 Breaks {#art-12.2}\nTwo breaks.\n"}});
    CHECK(problems(l) == Lines{});
    REQUIRE(l.contract.files.size() == 1);
    const auto& s = l.contract.files[0].sections;
    REQUIRE(s.size() == 3);
    CHECK(s[0].body == "Preamble.\n");
    CHECK(s[1].body == "Eight hours.\n\n\n```\n# not a heading\n```\n");
    CHECK(s[2].title == "12.2 Breaks");
    CHECK(s[2].line == 13);
    CHECK(l.contract.find("art-12.1") == &s[1]);
    CHECK(l.contract.ids() == Lines{"art-12", "art-12.1", "art-12.2"});
}

TEST_CASE("files are read in name order, so articles come in the order their names give") {
    ContractLoad l = read_contract("c", {{"20-b.md", "# B {#b}\n"}, {"07-a.md", "# A {#a}\n"}});
    CHECK(l.contract.ids() == Lines{"a", "b"});
}

TEST_CASE("a contract file's problems are located in it") {
    auto p = [](std::string text) { return problems(read_contract("c", {{"a.md", std::move(text)}})); };
    CHECK(p("# Article 12 Hours\n") ==
          Lines{"c/a.md:1:19: this heading has no section id: end it with one, like {#art-12}"});
    CHECK(p("## 12.3 Hours of work\n") ==
          Lines{"c/a.md:1:22: this heading has no section id: end it with one, like {#art-12.3}"});
    CHECK(p("# A {#a b}\n").size() == 1);
    CHECK(p("# A {#a!}\n") == Lines{"c/a.md:1:5: '{#a!}' is not a section id: use letters, digits, '.', '-' and '_', "
                                    "like {#art-12.3}"});
    CHECK(p("Preamble.\n# A {#a}\n") == Lines{"c/a.md:1:1: this text comes before the file's first heading, so it "
                                              "belongs to no section"});
    CHECK(p("no headings at all\n") == Lines{"c/a.md:1:1: this file has no headings, so no sections"});
    CHECK(p("# Untitled\n") == Lines{"c/a.md:1:11: this heading has no section id: end it with one, like {#untitled}"});
    CHECK(p("") == Lines{"c/a.md:1:1: this file has no headings, so no sections"});
    CHECK(p("# A {#a}\n\nCaf\xE9\n") == Lines{"c/a.md:3:4: this file is not UTF-8 text: byte 0xE9 is not a character"});
    CHECK(p(std::string("# A {#a}\n\0", 10)) == Lines{"c/a.md:2:1: this file is not UTF-8 text: byte 0x00 is not a character"});
    CHECK(problems(read_contract("c", {{"a.md", "# A {#a}\n## A.1 {#x}\n"}, {"b.md", "# B {#x}\n"}})) ==
          Lines{"c/b.md:1:1: section id 'x' is also the id of c/a.md:2 (A.1)"});
    CHECK(problems(read_contract("c", {})) == Lines{"c: the contract folder has no .md files"});
}

TEST_CASE("a byte-order mark and Windows line ends are read as the text they frame") {
    ContractLoad l = read_contract("c", {{"a.md", "\xEF\xBB\xBF# A {#a}\r\n\r\nText.\r\n"}});
    CHECK(problems(l) == Lines{});
    CHECK(l.contract.files[0].sections[0].body == "Text.\n");
}

TEST_CASE("lines end at LF, CR LF or a lone CR, as Markdown reads them") {
    for (const char* text : {"# A {#a}\r\rText.\r## B {#b}\r", "# A {#a}\r\r\n\r\r\nText.\r\r\n## B {#b}\r\r\n"}) {
        ContractLoad l = read_contract("c", {{"a.md", text}});
        CHECK(problems(l) == Lines{});
        CHECK(l.contract.ids() == Lines{"a", "b"});
        CHECK(l.contract.files[0].sections[0].body == "Text.\n");
    }
}

TEST_CASE("a code block ends only at a fence like the one that opened it") {
    ContractLoad l = read_contract("c", {{"a.md", "# A {#a}\n\n````markdown\n```yaml\n## Not a section\n```\n````\n"
                                                  "## B {#b}\n~~~\n# Nor this\n~~~ not a close\n~~~\n"}});
    CHECK(problems(l) == Lines{});
    CHECK(l.contract.ids() == Lines{"a", "b"});
}

TEST_CASE("a heading underlined with = or - is a heading too") {
    ContractLoad l = read_contract("c", {{"a.md", "Article 1 Recognition {#art-1}\n===\n\nText.\n\n1.1 Unit {#art-1.1}\n"
                                                  "--------\n\nWords.\n\n- an item\n---\n\nMore.\n\n---\n"}});
    CHECK(problems(l) == Lines{});
    REQUIRE(l.contract.ids() == Lines{"art-1", "art-1.1"});
    CHECK(l.contract.files[0].sections[0].level == 1);
    CHECK(l.contract.files[0].sections[1].level == 2);
    CHECK(l.contract.files[0].sections[1].line == 6);
    // A rule after a list item or a blank line is not an underline.
    CHECK(l.contract.files[0].sections[1].body == "Words.\n\n- an item\n---\n\nMore.\n\n---\n");
    CHECK(problems(read_contract("c", {{"a.md", "Article 1 Recognition\n===\n"}})) ==
          Lines{"c/a.md:1:22: this heading has no section id: end it with one, like {#art-1}"});
    CHECK(problems(read_contract("c", {{"a.md", "  Article 1 {#art 1}\n===\n"}})) ==
          Lines{"c/a.md:1:13: '{#art 1}' is not a section id: use letters, digits, '.', '-' and '_', like {#art-12.3}"});
}
