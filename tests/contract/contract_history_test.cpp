// Proposals' language on the contract, session by session: what a version
// shows at each point, and every problem that makes it untrustworthy.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "contract/contract_history.h"
#include "lines_maker.h"

using namespace bargain;

namespace {

using Lines = std::vector<std::string>;

const char* kContract =
    "# Article 17 Leaves {#art-17}\n\n## 17.1 Sick leave {#art-17.1}\n\nOne day a month.\n\n"
    "## 17.2 Parental leave {#art-17.2}\n\nSix months unpaid.\n";

struct Loaded {
    CheckedCampaign checked;
    ContractHistory history;
    Lines problems;
};

Loaded load(const std::string& sessions, std::map<std::string, std::string> files = {}) {
    std::string yaml = "bargain: 1\ncampaign: {name: x}\ncontract: contract/\nsessions:\n" + sessions;
    auto in = Input::from_string("c.yaml", yaml);
    Loaded l{load_and_check(*in), {}, {}};
    for (const Diagnostic& d : l.checked.problems) l.problems.push_back(d.located());
    ContractFiles cf;
    cf.folder = [](const std::string& folder) { return read_contract(folder, {{"17-leaves.md", kContract}}); };
    cf.file = [files](const std::string& path, std::string& why) -> std::optional<std::string> {
        for (const auto& [name, text] : files)
            if (path.ends_with(name)) return text;
        why = "cannot open it";
        return std::nullopt;
    };
    l.history = contract_history(l.checked.campaign, l.checked.timeline, "c.yaml", cf);
    for (const Diagnostic& d : l.history.problems) l.problems.push_back(d.located());
    return l;
}

std::string body(const ContractVersion& v, const std::string& id) {
    const VersionSection* s = v.find(id);
    if (!s) return "(none)";
    return s->present ? s->body : "(deleted)";
}

const char* kTwoSessions =
    "  - id: s1\n    date: 2019-07-09\n    proposals:\n"
    "      - {article: Leave, side: union, status: open, section: art-17.2, text: \"Twelve weeks paid.\"}\n"
    "  - id: s2\n    date: 2019-10-22\n    proposals:\n"
    "      - {article: Leave, side: employer, status: open, section: art-17.2, text: \"Six weeks paid.\"}\n"
    "      - {article: Sick, side: employer, status: ta, section: art-17.1, delete: true}\n"
    "  - id: s3\n    date: 2019-11-05\n    proposals:\n"
    "      - article: Leave\n        side: union\n        status: ta\n        section: art-17.2\n"
    "        text: |\n          ## 17.2 Parental and family leave\n\n          Eight weeks paid.\n"
    "        signed: {union: A, employer: B, date: 2019-11-05}\n";

}  // namespace

TEST_CASE("a tentative agreement changes the contract from its own session on") {
    Loaded l = load(kTwoSessions);
    REQUIRE(l.problems == Lines{});
    const ContractHistory& h = l.history;
    auto agreed = [&](std::size_t n) { return contract_version(h, VersionPoint{n, Standing::agreed, std::nullopt}); };
    CHECK(body(current_contract(h), "art-17.2") == "Six months unpaid.\n");
    CHECK(body(agreed(1), "art-17.2") == "Six months unpaid.\n");
    CHECK(body(agreed(2), "art-17.1") == "(deleted)");
    CHECK(body(agreed(2), "art-17.2") == "Six months unpaid.\n");
    CHECK(body(agreed(3), "art-17.2") == "Eight weeks paid.\n");
    // The agreement's heading retitles the section; its id stays.
    CHECK(agreed(3).find("art-17.2")->title == "17.2 Parental and family leave");
    CHECK(agreed(3).find("art-17.2")->by->proposal->side == Side::union_);
}

TEST_CASE("on the table, a section still open shows its latest proposal, or one side's") {
    Loaded l = load(kTwoSessions);
    REQUIRE(l.problems == Lines{});
    auto table = [&](std::size_t n, std::optional<Side> side) {
        return contract_version(l.history, VersionPoint{n, Standing::on_the_table, side});
    };
    CHECK(body(table(1, std::nullopt), "art-17.2") == "Twelve weeks paid.\n");
    CHECK(body(table(2, std::nullopt), "art-17.2") == "Six weeks paid.\n");
    CHECK(body(table(2, Side::union_), "art-17.2") == "Twelve weeks paid.\n");
    CHECK(body(table(3, Side::employer), "art-17.2") == "Eight weeks paid.\n");  // agreed: nothing open
}

TEST_CASE("a withdrawn proposal leaves the section as it stood") {
    Loaded l = load("  - id: s1\n    date: 2019-07-09\n    proposals:\n"
                    "      - {article: L, side: union, status: open, section: art-17.2, text: \"Paid.\"}\n"
                    "  - id: s2\n    date: 2019-07-10\n    proposals:\n"
                    "      - {article: L, side: union, status: withdrawn, section: art-17.2}\n");
    REQUIRE(l.problems == Lines{});
    CHECK(body(contract_version(l.history, VersionPoint{2, Standing::on_the_table, std::nullopt}), "art-17.2") ==
          "Six months unpaid.\n");
}

TEST_CASE("a new section goes in after the one its proposal names") {
    Loaded l = load("  - id: s1\n    date: 2019-07-09\n    proposals:\n"
                    "      - article: L\n        status: ta\n        section: art-17.1a\n        after: art-17.1\n"
                    "        text: \"### 17.1a Sick leave bank\\n\\nA shared bank.\"\n"
                    "      - article: L\n        status: ta\n        section: art-17.1b\n        after: art-17.1\n"
                    "        file: proposals/17.1b.md\n",
                    {{"17.1b.md", "### 17.1b Donations {#art-17.1b}\n\nDonated days.\n"}});
    REQUIRE(l.problems == Lines{});
    ContractVersion v = contract_version(l.history, VersionPoint{1, Standing::agreed, std::nullopt});
    std::vector<std::string> ids;
    for (const VersionSection& s : v.sections) ids.push_back(s.id);
    CHECK(ids == Lines{"art-17", "art-17.1", "art-17.1a", "art-17.1b", "art-17.2"});
    CHECK(v.find("art-17.1a")->level == 3);
    CHECK(body(v, "art-17.1b") == "Donated days.\n");
    CHECK(current_contract(l.history).find("art-17.1a") == nullptr);
    CHECK(version_markdown(v).find("### 17.1a Sick leave bank {#art-17.1a}\n\nA shared bank.\n") != std::string::npos);
}

TEST_CASE("language that cannot be trusted is a located problem") {
    auto problems = [](const std::string& proposals, std::map<std::string, std::string> files = {}) {
        return load("  - id: s1\n    date: 2019-07-09\n    proposals:\n" + proposals, std::move(files)).problems;
    };
    CHECK(problems("      - {article: L, status: open, section: art-17.3, text: x}\n") ==
          Lines{"c.yaml:8:45: the contract has no section 'art-17.3'"});
    CHECK(problems("      - {article: L, status: open, section: art-17.9, after: art-99, text: \"## 17.9 X\"}\n") ==
          Lines{"c.yaml:8:62: after: names section 'art-99', which the contract does not have"});
    CHECK(problems("      - {article: L, status: open, section: art-17.9, after: art-17.2, text: words}\n") ==
          Lines{"c.yaml:8:78: a new section's text starts with its heading, like ## 12.4 Overtime {#art-17.9}"});
    CHECK(problems("      - {article: L, status: open, section: art-17.2, after: art-17.1, text: words}\n") ==
          Lines{"c.yaml:8:62: after: places a new section, and 'art-17.2' is in the contract already"});
    CHECK(problems("      - {article: L, status: ta}\n") ==
          Lines{"c.yaml:8:9: this tentative agreement on 'L' in session 's1' names no section of the contract"});
    CHECK(problems("      - {article: L, status: ta, section: art-17.2}\n") ==
          Lines{"c.yaml:8:43: this tentative agreement on section 'art-17.2' carries no language"});
    CHECK(problems("      - {article: L, status: open, section: art-17.2, text: \"## 17.2 X {#art-17.1}\"}\n") ==
          Lines{"c.yaml:8:61: this text's heading has the id 'art-17.1', and the proposal is on section 'art-17.2' (line 1 of the text)"});
    CHECK(problems("      - {article: L, status: open, section: art-17.2, text: \"## A\\n## B\"}\n") ==
          Lines{"c.yaml:8:61: this text holds more than one section (a second heading, 'B') (line 2 of the text)"});
    CHECK(problems("      - {article: L, status: open, section: art-17.2, file: p.md}\n", {{"p.md", "# A\nx\n# B\n"}}) ==
          Lines{"p.md:3:1: this text holds more than one section (a second heading, 'B')"});
    CHECK(problems("      - {article: L, status: open, section: art-17.2, file: nothere.md}\n") ==
          Lines{"c.yaml:8:61: file: nothere.md: cannot open it"});
    CHECK(problems("      - {article: L, status: open, section: art-17.2, file: p.md}\n", {{"p.md", "caf\xE9"}}) ==
          Lines{"p.md:1:4: this file is not UTF-8 text: byte 0xE9 is not a character"});
    CHECK(problems("      - {article: L, status: ta, section: art-17.2, unchanged: true,"
                   " signed: {union: A, employer: B, date: 2019-07-10}}\n") ==
          Lines{"c.yaml:8:108: this agreement is signed on 2019-07-10, and no session was held that day"});
}

TEST_CASE("a section agreed twice needs a proposal reopening it in between") {
    const std::string ta = "      - {article: L, status: ta, section: art-17.2, unchanged: true}\n";
    Loaded twice = load("  - id: s1\n    date: 2019-07-09\n    proposals:\n" + ta +
                        "  - id: s2\n    date: 2019-07-10\n    proposals:\n" + ta);
    CHECK(twice.problems == Lines{"c.yaml:12:43: section 'art-17.2' was agreed in session 's1' (2019-07-09), and is "
                                  "agreed again in session 's2' with no proposal reopening it in between"});
    Loaded reopened = load("  - id: s1\n    date: 2019-07-09\n    proposals:\n" + ta +
                           "      - {article: L, status: open, section: art-17.2, text: again}\n" +
                           "  - id: s2\n    date: 2019-07-10\n    proposals:\n" + ta);
    CHECK(reopened.problems == Lines{});
}

TEST_CASE("a campaign without contract: has no section to name") {
    std::string yaml = "bargain: 1\ncampaign: {name: x}\nsessions:\n  - id: s1\n    date: 2019-07-09\n"
                       "    proposals:\n      - {article: L, status: open, section: art-1, text: x}\n";
    auto in = Input::from_string("c.yaml", yaml);
    CheckedCampaign c = load_and_check(*in);
    ContractHistory h = contract_history(c.campaign, c.timeline, "c.yaml");
    REQUIRE(h.problems.size() == 1);
    CHECK(h.problems[0].located() ==
          "c.yaml:7:45: this proposal is on section 'art-1', and the campaign has no contract: to find it in");
}

TEST_CASE("new sections keep their places: an agreed one after an unagreed new one, and one anchor's sections in order") {
    auto ids = [](const ContractVersion& v) {
        Lines out;
        for (const VersionSection& s : v.sections) out.push_back(s.id);
        return out;
    };
    // 17.1b is agreed after 17.1a, which is only proposed: it goes where 17.1a would be.
    Loaded chain = load("  - id: s1\n    date: 2019-07-09\n    proposals:\n"
                        "      - {article: L, status: open, section: art-17.1a, after: art-17.1, text: \"## 17.1a A\"}\n"
                        "      - {article: L, status: ta, section: art-17.1b, after: art-17.1a, text: \"## 17.1b B\"}\n");
    REQUIRE(chain.problems == Lines{});
    CHECK(ids(contract_version(chain.history, VersionPoint{1, Standing::agreed, std::nullopt})) ==
          Lines{"art-17", "art-17.1", "art-17.1b", "art-17.2"});
    CHECK(ids(contract_version(chain.history, VersionPoint{1, Standing::on_the_table, std::nullopt})) ==
          Lines{"art-17", "art-17.1", "art-17.1a", "art-17.1b", "art-17.2"});
    // A proposed after 17.1, then B after 17.1, then A agreed without after:
    // A stays first, as it was first placed.
    Loaded order = load("  - id: s1\n    date: 2019-07-09\n    proposals:\n"
                        "      - {article: L, status: open, section: art-17.1a, after: art-17.1, text: \"## 17.1a A\"}\n"
                        "      - {article: L, status: ta, section: art-17.1b, after: art-17.1, text: \"## 17.1b B\"}\n"
                        "  - id: s2\n    date: 2019-07-10\n    proposals:\n"
                        "      - {article: L, status: ta, section: art-17.1a, text: \"## 17.1a A\"}\n");
    REQUIRE(order.problems == Lines{});
    CHECK(ids(contract_version(order.history, VersionPoint{2, Standing::agreed, std::nullopt})) ==
          Lines{"art-17", "art-17.1", "art-17.1a", "art-17.1b", "art-17.2"});
}
