// Wrapping plain-text notices at 72 columns with hanging indents.
#include <doctest/doctest.h>

#include "text/text_wrap.h"

using namespace bargain;

TEST_CASE("a line that fits is left exactly as it is") {
    CHECK(wrap_text("WHEN: Tuesday, February 4, 2020, 11 a.m. to 1:30 p.m.") ==
          "WHEN: Tuesday, February 4, 2020, 11 a.m. to 1:30 p.m.");
    CHECK(wrap_text("a  b   \n\nc\n") == "a  b   \n\nc\n");
}

TEST_CASE("a labelled line continues under its text") {
    CHECK(wrap_text("WHO: one two three four", 12) == "WHO: one two\n     three\n     four");
    CHECK(wrap_text("WHERE: Workers and supporters", 20) == "WHERE: Workers and\n       supporters");
}

TEST_CASE("an indented line continues two columns further in") {
    CHECK(wrap_text("  - Illinois Federation of Public Employees", 20) ==
          "  - Illinois\n    Federation of\n    Public Employees");
}

TEST_CASE("a prose line has no hanging indent, and a lowercase word before a colon is no label") {
    CHECK(wrap_text("For nearly seven months, members", 16) == "For nearly seven\nmonths, members");
    CHECK(wrap_text("Note: this is prose", 10) == "Note: this\nis prose");
}

TEST_CASE("a word longer than the line stands alone and is never cut") {
    CHECK(wrap_text("email: averyveryverylongaddress@example.org now", 10) ==
          "email:\naveryveryverylongaddress@example.org\nnow");
}

TEST_CASE("columns count characters, not bytes") {
    // "–" is three bytes and one column: the line is exactly 12 columns.
    CHECK(wrap_text("aaaa – bbbbb", 12) == "aaaa – bbbbb");
    CHECK(wrap_text("aaaa – bbbbbb", 12) == "aaaa –\nbbbbbb");
}
