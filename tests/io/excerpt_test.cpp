// The line a problem is on, taken from the text as its reader saw it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/excerpt.h"
#include "io/input.h"

using namespace bargain;

TEST_CASE("a line is found by its number, without its line break") {
    CHECK(line_of("a\nb\r\nc", 1) == "a");
    CHECK(line_of("a\nb\r\nc", 2) == "b");
    CHECK(line_of("a\nb\r\nc", 3) == "c");
    CHECK(line_of("a\nb\r\nc", 4) == "");
    CHECK(line_of("", 1) == "");
}

TEST_CASE("only problems about the file, with a line and no excerpt, get one") {
    std::vector<Diagnostic> problems{{"c.yaml", 2, 3, "m"}, {"other.csv", 2, 1, "m"}, {"c.yaml", 0, 0, "m"}};
    problems.push_back({"c.yaml", 1, 1, "m"});
    problems.back().excerpt = "given";
    attach_excerpts(problems, "c.yaml", "bargain: 1\ncampaign: {nme: x}\n");
    CHECK(problems[0].excerpt == "campaign: {nme: x}");
    CHECK(problems[1].excerpt == "");
    CHECK(problems[2].excerpt == "");
    CHECK(problems[3].excerpt == "given");
}

TEST_CASE("a UTF-16 file is shown as the readers decoded it") {
    std::string raw = "\xFF\xFE";  // UTF-16LE with its mark
    for (char c : std::string("a: 1\nb\xC3\xA9: 2\n")) {
        if (static_cast<unsigned char>(c) == 0xC3) continue;
        if (static_cast<unsigned char>(c) == 0xA9) c = static_cast<char>(0xE9);  // é as U+00E9
        raw += c;
        raw += '\0';
    }
    std::vector<Diagnostic> problems{{"c.yaml", 2, 1, "m"}};
    attach_excerpts(problems, "c.yaml", raw);
    CHECK(problems[0].excerpt == "b\xC3\xA9: 2");
}

TEST_CASE("an input keeps the bytes read after keep_text, up to its limit") {
    auto in = Input::from_string("c.yaml", "0123456789");
    CHECK(in->peek(3) == "012");
    in->keep_text(6);
    char buf[16];
    CHECK(in->sgetn(buf, 16) == 10);
    CHECK(in->kept() == "012345");
}

TEST_CASE("the bytes of a file that is not text are never shown") {
    std::vector<Diagnostic> problems{{"c.yaml", 1, 1, "m"}, {"c.yaml", 2, 1, "m"}, {"c.yaml", 3, 1, "m"}};
    attach_excerpts(problems, "c.yaml", std::string("a\xEC\xEB: 1\nb\x01\nc:\t2\n"));
    CHECK(problems[0].excerpt == "");
    CHECK(problems[1].excerpt == "");
    CHECK(problems[2].excerpt == "c:\t2");
}

TEST_CASE("of a very long line only the part around the place is kept, cut between letters") {
    std::string e_acute = "\xC3\xA9", many;
    for (int i = 0; i < 1500; ++i) many += e_acute;
    // 253 bytes of é before "z, k": the cut 256 bytes before the place falls inside an é.
    std::string line = "campaign: {name: x, " + many + "z, k: " + e_acute + std::string(3000, 'b') + "}";
    long long column = static_cast<long long>(line.find("k:")) + 1;
    std::vector<Diagnostic> problems{{"c.yaml", 2, column, "unknown key 'k'"}, {"c.yaml", 2, 1, "m"}};
    attach_excerpts(problems, "c.yaml", "bargain: 1\n" + line + "\n");
    const Diagnostic& far = problems[0];
    CHECK(far.excerpt.size() <= 1024);
    CHECK(far.excerpt_column > 1);
    CHECK(far.excerpt_continues);
    CHECK(line.substr(static_cast<std::size_t>(far.excerpt_column - 1), far.excerpt.size()) == far.excerpt);
    std::string shown = far.shown();
    std::string before;
    for (int i = 0; i < 37; ++i) before += e_acute;
    CHECK(shown.find("2 | ..." + before + "z, k: " + e_acute) != std::string::npos);
    CHECK(far.excerpt.substr(0, 2) == e_acute);
    CHECK(shown.find("\n  | " + std::string(3 + 40, ' ') + "^\n") != std::string::npos);
    CHECK(problems[1].excerpt_column == 1);
    CHECK(problems[1].shown().find("2 | campaign: {name: x, " + e_acute) != std::string::npos);
}
