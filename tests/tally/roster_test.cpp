// The roster: who may vote, and in which unit. It is the denominator of
// every turnout and "of eligible" rule, so it is read strictly.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/input.h"
#include "tally/roster.h"

using namespace bargain;

namespace {

Result<Roster> read(const std::string& text, const std::string& name = "roster.csv") {
    auto in = Input::from_string(name, text);
    return read_roster(*in);
}

Roster roster(const std::string& text, const std::string& name = "roster.csv") {
    auto r = read(text, name);
    if (!r.ok()) FAIL("unexpected error: " << r.error().located());
    return std::move(*r);
}

Diagnostic error_of(const std::string& text, const std::string& name = "roster.csv") {
    auto r = read(text, name);
    if (r.ok()) FAIL("expected an error for:\n" << text);
    return r.error();
}

}  // namespace

TEST_CASE("a sign-in sheet with voter and unit columns is a roster") {
    Roster r = roster("name,Voter,UNIT,email\n"
                      "Ann,V1,ifpe-4408,ann@example.org\n"
                      "Bo,V2,ifise-4407,bo@example.org\n"
                      "Cy,V3,ifpe-4408,\n");
    CHECK(r.size() == 3);
    CHECK(r.units() == std::vector<std::string>{"ifpe-4408", "ifise-4407"});
    CHECK(r.unit_sizes() == std::vector<long long>{2, 1});
    auto v2 = r.find("V2");
    REQUIRE(v2.has_value());
    CHECK(v2->index == 1);
    CHECK(r.units()[v2->unit] == "ifise-4407");
    CHECK_FALSE(r.find("V4").has_value());
    CHECK_FALSE(r.find("Ann").has_value());
}

TEST_CASE("a roster without a unit column has no units") {
    Roster r = roster("voter\nV1\nV2\n");
    CHECK(r.size() == 2);
    CHECK(r.units().empty());
    CHECK(r.find("V1")->unit == kNoUnit);
}

TEST_CASE("a roster entry with an empty unit belongs to no unit") {
    Roster r = roster("voter,unit\nV1,a\nV2,\n");
    CHECK(r.size() == 2);
    CHECK(r.units() == std::vector<std::string>{"a"});
    CHECK(r.find("V2")->unit == kNoUnit);
    CHECK(r.unit_sizes() == std::vector<long long>{1});
}

TEST_CASE("roster ids are read without the blanks around them") {
    Roster r = roster("voter,unit\n V1 ,\ta \n");
    CHECK(r.find("V1").has_value());
    CHECK(r.units() == std::vector<std::string>{"a"});
}

TEST_CASE("a roster in CRLF with a byte order mark reads the same") {
    Roster r = roster("\xEF\xBB\xBFvoter,unit\r\nV1,a\r\nV2,b");
    CHECK(r.size() == 2);
    CHECK(r.units() == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a voter listed twice is an error naming both lines") {
    Diagnostic d = error_of("voter,unit\nV1,a\nV2,a\nV1,b\n");
    CHECK(d.file == "roster.csv");
    CHECK(d.line == 4);
    CHECK(d.column == 1);
    CHECK(d.message == "voter 'V1' is on the roster twice (first at line 2)");
}

TEST_CASE("a voter listed twice names the first line exactly, past blank lines and quoted line breaks") {
    // Lines are kept as runs, not one per voter: every irregularity starts a run.
    std::string rows = "voter,unit,note\n"
                       "V1,a,x\n"             // line 2
                       "\n"
                       "V2,a,\"two\nlines\"\n"  // line 4
                       "V3,a,y\n"             // line 6
                       "\n\n"
                       "V4,b,z\n"             // line 9
                       "V5,b,z\n";            // line 10
    std::vector<std::pair<std::string, int>> first = {{"V1", 2}, {"V2", 4}, {"V3", 6}, {"V4", 9}, {"V5", 10}};
    for (const auto& [voter, line] : first) {
        CAPTURE(voter);
        Diagnostic d = error_of(rows + voter + ",c,again\n");
        CHECK(d.line == 11);
        CHECK(d.message == "voter '" + voter + "' is on the roster twice (first at line " + std::to_string(line) + ")");
    }
}

TEST_CASE("a YAML roster's entries of different heights are placed exactly") {
    std::string entries = "roster:\n"
                          "  - voter: V1\n"       // line 2
                          "    unit: a\n"
                          "  - voter: V2\n"       // line 4
                          "    unit: a\n"
                          "  - {voter: V3}\n"     // line 6
                          "  - {voter: V4}\n"     // line 7
                          "  - voter: V5\n"       // line 8
                          "    name: Ed\n"
                          "    unit: b\n";
    std::vector<std::pair<std::string, int>> first = {{"V1", 2}, {"V2", 4}, {"V3", 6}, {"V4", 7}, {"V5", 8}};
    for (const auto& [voter, line] : first) {
        CAPTURE(voter);
        Diagnostic d = error_of(entries + "  - {voter: " + voter + "}\n", "roster.yaml");
        CHECK(d.line == 11);
        CHECK(d.message == "voter '" + voter + "' is on the roster twice (first at line " + std::to_string(line) + ")");
    }
}

TEST_CASE("a voter listed twice with different spacing is still listed twice") {
    Diagnostic d = error_of("voter\nV1\n V1\n");
    CHECK(d.line == 3);
}

TEST_CASE("a roster without a voter column is an error") {
    Diagnostic d = error_of("member,unit\nV1,a\n");
    CHECK(d.line == 1);
    CHECK(d.message.find("no 'voter' column") != std::string::npos);
    Diagnostic typo = error_of("votr,unit\nV1,a\n");
    CHECK(typo.help == "did you mean 'voter'?");
}

TEST_CASE("a roster entry without a voter id is an error") {
    Diagnostic d = error_of("voter,unit\nV1,a\n,b\n");
    CHECK(d.line == 3);
    CHECK(d.message.find("without a voter id") != std::string::npos);
}

TEST_CASE("a ragged roster row is an error at its line") {
    Diagnostic d = error_of("voter,unit\nV1,a\nV2\n");
    CHECK(d.line == 3);
    CHECK(d.message.find("this row has 1 field but the header has 2") != std::string::npos);
}

TEST_CASE("an empty roster file is an error") {
    Diagnostic d = error_of("");
    CHECK(d.message.find("empty roster") != std::string::npos);
}

TEST_CASE("a roster that lists no voters is refused, not read as 'nobody is eligible'") {
    Diagnostic d = error_of("voter,unit\n");
    CHECK(d.message == "the roster lists no voters: with it every ballot would be set aside as not on the roster");
}

TEST_CASE("a roster's broken quoting is an error at its line") {
    Diagnostic d = error_of("voter,unit\nV1,\"a\nV2,b\n");
    CHECK(d.line == 2);
    CHECK(d.column == 4);
}

TEST_CASE("a voter id over 1024 bytes on a roster is an error") {
    Diagnostic d = error_of("voter\n" + std::string(1025, 'v') + "\n");
    CHECK(d.line == 2);
}

TEST_CASE("a YAML roster lists voters and their units") {
    Roster r = roster("bargain: 1\n"
                      "roster:\n"
                      "  - {voter: V1, unit: ifpe-4408, name: Ann}\n"
                      "  - {voter: V2, unit: ifise-4407}\n"
                      "  - V3\n",
                      "roster.yaml");
    CHECK(r.size() == 3);
    CHECK(r.units() == std::vector<std::string>{"ifpe-4408", "ifise-4407"});
    CHECK(r.find("V3")->unit == kNoUnit);
}

TEST_CASE("a YAML roster's errors are located") {
    Diagnostic twice = error_of("roster:\n  - {voter: V1}\n  - {voter: V1}\n", "roster.yaml");
    CHECK(twice.line == 3);
    CHECK(twice.message.find("first at line 2") != std::string::npos);

    Diagnostic unknown = error_of("rooster:\n  - V1\n", "roster.yaml");
    CHECK(unknown.line == 1);
    CHECK(unknown.column == 1);
    CHECK(unknown.help == "did you mean 'roster'?");

    Diagnostic no_id = error_of("roster:\n  - {unit: a}\n", "roster.yaml");
    CHECK(no_id.line == 2);
    CHECK(no_id.message.find("without a voter id") != std::string::npos);

    Diagnostic list = error_of("roster:\n  - {voter: [V1]}\n", "roster.yaml");
    CHECK(list.line == 2);
}

TEST_CASE("a roster is sniffed as YAML or CSV when the name does not tell") {
    CHECK(roster("roster:\n  - V1\n  - V2\n", "-").size() == 2);
    CHECK(roster("voter,unit\nV1,a\n", "-").size() == 1);
}
