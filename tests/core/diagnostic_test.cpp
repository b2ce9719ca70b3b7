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
