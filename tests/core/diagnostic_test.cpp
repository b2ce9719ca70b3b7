// The one line a problem is reported on: FILE:LINE:COL: message, whatever
// the file said.
#include <doctest/doctest.h>

#include <string>

#include "core/diagnostic.h"

using namespace bargain;

TEST_CASE("a problem is located by the parts that are known") {
    CHECK(Diagnostic{"c.yaml", 4, 10, "an id cannot be empty"}.located() == "c.yaml:4:10: an id cannot be empty");
    CHECK(Diagnostic{"c.yaml", 4, 0, "m"}.located() == "c.yaml:4: m");
    CHECK(Diagnostic{"c.yaml", 0, 0, "m"}.located() == "c.yaml: m");
    CHECK(Diagnostic{"", 0, 0, "m"}.located() == "m");
}

TEST_CASE("control characters a file quotes cannot split the line or drive the terminal") {
    std::string message = std::string("id 'a\nb\tc\rd\x1b[31me\x7f' has a line break");
    CHECK(Diagnostic{"c.yaml", 1, 2, message}.located() ==
          "c.yaml:1:2: id 'a\\nb\\tc\\rd\\x1b[31me\\x7f' has a line break");
    CHECK(Diagnostic{std::string("evil\nname.csv"), 3, 1, "m"}.located() == "evil\\nname.csv:3:1: m");
    CHECK(Diagnostic{"c.yaml", 1, 1, std::string("a\0b", 3)}.located() == "c.yaml:1:1: a\\x00b");
    // Letters in any language pass as they are.
    CHECK(Diagnostic{"c.yaml", 1, 1, "huelga-día"}.located() == "c.yaml:1:1: huelga-día");
}

TEST_CASE("C1 controls are escaped too") {
    // U+009B is CSI: a terminal reads "\xC2\x9B2J" as "clear the screen".
    CHECK(Diagnostic{"c.yaml", 1, 1, "id '\xC2\x9B" "2J'"}.located() == "c.yaml:1:1: id '\\u009b2J'");
    // U+00A0 and beyond are characters, not controls.
    CHECK(Diagnostic{"c.yaml", 1, 1, "caf\xC3\xA9 \xC2\xA0"}.located() == "c.yaml:1:1: caf\xC3\xA9 \xC2\xA0");
}

TEST_CASE("a problem shows its line, a caret under the place, and what to do") {
    Diagnostic d{"campaign.yaml", 70, 5, "unknown key 'tittle' in an event"};
    d.excerpt = "    tittle: Informational picketing";
    d.help = "did you mean 'title'?";
    CHECK(d.shown() ==
          "campaign.yaml:70:5: unknown key 'tittle' in an event\n"
          "   |\n"
          "70 |     tittle: Informational picketing\n"
          "   |     ^^^^^^\n"
          "   = help: did you mean 'title'?\n");
}

TEST_CASE("without an excerpt or help a problem is its one located line") {
    CHECK(Diagnostic{"c.yaml", 4, 10, "m"}.shown() == "c.yaml:4:10: m\n");
    Diagnostic d{"", 0, 0, "unknown command 'tallly'"};
    d.help = "did you mean 'tally'?";
    CHECK(d.shown() == "unknown command 'tallly'\n   = help: did you mean 'tally'?\n");
}

TEST_CASE("the caret underlines the word at the column, or the width the reader gave") {
    Diagnostic value{"c.yaml", 3, 11, "m"};
    value.excerpt = "    date: 2026-13-01   # a comment";
    CHECK(value.shown() == "c.yaml:3:11: m\n  |\n3 |     date: 2026-13-01   # a comment\n  |           ^^^^^^^^^^\n");
    Diagnostic quoted{"c.yaml", 1, 8, "m"};
    quoted.excerpt = "title: \"a: b\" # c";
    CHECK(quoted.shown() == "c.yaml:1:8: m\n  |\n1 | title: \"a: b\" # c\n  |        ^^^^^^\n");
    Diagnostic flow{"c.yaml", 2, 22, "m"};
    flow.excerpt = "  date: {after: lbo, dayz: 3}";
    CHECK(flow.shown() == "c.yaml:2:22: m\n  |\n2 |   date: {after: lbo, dayz: 3}\n  |                      ^^^^\n");
    Diagnostic csv{"t.csv", 4, 5, "m"};
    csv.excerpt = "Yes,12 04,3";
    csv.width = 5;
    CHECK(csv.shown() == "t.csv:4:5: m\n  |\n4 | Yes,12 04,3\n  |     ^^^^^\n");
}

TEST_CASE("an excerpt lines up past tabs and letters in any language, and cannot drive the terminal") {
    Diagnostic d{"c.yaml", 1, 11, "m"};
    d.excerpt = "d\xC3\xAD" "a:\tx\x1b[2J y";
    d.width = 1;
    // Byte 11 is the J. "día:" is 5 bytes but 4 columns; the tab shows as
    // one space; the escape byte is shown as \x1b, 4 columns.
    CHECK(d.shown() == "c.yaml:1:11: m\n  |\n1 | d\xC3\xAD" "a: x\\x1b[2J y\n  |             ^\n");
}

TEST_CASE("a long line shows a window around the caret") {
    Diagnostic d{"t.csv", 2, 201, "m"};
    d.excerpt = std::string(200, 'a') + "BAD" + std::string(200, 'b');
    d.width = 3;
    std::string shown = d.shown();
    CHECK(shown.find("2 | ..." + std::string(40, 'a') + "BAD") != std::string::npos);
    CHECK(shown.find("b...\n") != std::string::npos);
    CHECK(shown.find("  | " + std::string(43, ' ') + "^^^\n") != std::string::npos);
}

TEST_CASE("colour only when asked: gutters, carets and the help word") {
    Diagnostic d{"c.yaml", 1, 1, "m"};
    d.excerpt = "x: 1";
    d.help = "h";
    CHECK(d.shown(true).find("\x1b[1;31m^\x1b[0m") != std::string::npos);
    CHECK(d.shown(false).find('\x1b') == std::string::npos);
}

TEST_CASE("a caret at a bracket underlines to the bracket that closes it") {
    Diagnostic d{"c.yaml", 8, 33, "m"};
    d.excerpt = "  - {event: notice, not_before: {after: \"x}\", days: 1}}";
    CHECK(d.shown() == "c.yaml:8:33: m\n  |\n8 |   - {event: notice, not_before: {after: \"x}\", days: 1}}\n"
                       "  |                                 ^^^^^^^^^^^^^^^^^^^^^^\n");
}

TEST_CASE("a caret that runs past a long line's window stops at its edge") {
    Diagnostic d{"c.yaml", 2, 18, "m"};
    d.excerpt = "campaign: {name: \"" + std::string(300, 'a');
    std::string shown = d.shown();
    CHECK(shown.find("2 | campaign: {name: \"" + std::string(82, 'a') + "...\n") != std::string::npos);
    CHECK(shown.find("  | " + std::string(17, ' ') + std::string(83, '^') + "\n") != std::string::npos);
}
