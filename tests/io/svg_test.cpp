// The SVG helpers both charts use: escaping whatever a team's files hold,
// shortening and the integer width estimate the layouts rely on.
#include <doctest/doctest.h>

#include <string>

#include "io/svg.h"

using namespace bargain;

TEST_CASE("markup and quotes in a title are escaped for XML") {
    CHECK(xml_text("<script>&\"'</script>") == "&lt;script&gt;&amp;&quot;&#39;&lt;/script&gt;");
}

TEST_CASE("line breaks become spaces and other control characters are dropped") {
    CHECK(xml_text("a\nb\r\tc") == "a b  c");
    CHECK(xml_text(std::string("a\0b\x1b[31mc", 9)) == "ab[31mc");
}

TEST_CASE("UTF-8 is kept and bytes that are not UTF-8 become U+FFFD") {
    CHECK(xml_text("State Capitol Complex – State Library") == "State Capitol Complex – State Library");
    CHECK(xml_text("caf\xC3\xA9 \xF0\x9F\x93\xA3") == "caf\xC3\xA9 \xF0\x9F\x93\xA3");
    CHECK(xml_text("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(xml_text("\xC3") == "\xEF\xBF\xBD");                   // cut short
    CHECK(xml_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");   // an overlong '/'
    CHECK(xml_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    CHECK(xml_text("\xEF\xBF\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFF, not allowed in XML
}

TEST_CASE("shortening counts characters, not bytes, and marks the cut") {
    CHECK(shorten("Mediation session", 40) == "Mediation session");
    CHECK(shorten("Mediation session", 9) == "Mediation…");
    CHECK(shorten("Café au lait", 4) == "Café…");
    CHECK(display_length("Café") == 4);
}

TEST_CASE("the width estimate is generous and grows with the text") {
    CHECK(text_width("", 13) == 0);
    CHECK(text_width("Strike", 13) == 47);  // 6 x 13 x 0.6, rounded up
    CHECK(text_width("Strike", 13) < text_width("Strike!", 13));
    CHECK(text_width("Café", 10) == text_width("Cafe", 10));
}
