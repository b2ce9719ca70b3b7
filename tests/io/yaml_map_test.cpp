// The one reader of YAML mappings: each value read into its type, every
// key nobody asked for reported with a did-you-mean, every problem at its
// line and column.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "io/input.h"
#include "io/yaml_map.h"

using namespace bargain;

namespace {

YamlNode yaml(std::string text) {
    std::unique_ptr<Input> in = Input::from_string("test.yaml", std::move(text));
    Result<YamlNode> root = load_yaml_document(*in);
    REQUIRE(root.ok());
    return *root;
}

enum class Colour { red, green };
const Choices<Colour> kColours = {{"red", Colour::red}, {"green", Colour::green}};

// Reads `text` as a mapping and hands it to `read`; the problems, located.
template <class Read>
std::vector<std::string> problems_of(std::string text, Read read) {
    YamlNode root = yaml(std::move(text));
    std::vector<Diagnostic> problems;
    YamlReader r("test.yaml", problems);
    YamlMap m(r, root, "a test");
    read(m);
    std::vector<std::string> out;
    for (const Diagnostic& d : problems) out.push_back(d.located() + (d.help.empty() ? "" : " [" + d.help + "]"));
    return out;
}

}  // namespace

TEST_CASE("each value is read into its type") {
    YamlNode root = yaml(
        "name: Local 4408\nmembers: 180\npayroll: 9450000.00\nfinal: Yes\ndate: 2020-02-04\n"
        "closes: 2020-01-17T19:00\nstart: \"11:00\"\ncolour: green\nwages: [1.5, 2.0]\nplace: {city: Springfield}\n");
    std::vector<Diagnostic> problems;
    YamlReader r("test.yaml", problems);
    YamlMap m(r, root, "a test");
    CHECK(m.text("name") == "Local 4408");
    CHECK(m.count("members") == 180);
    CHECK(m.cents("payroll") == 945000000);
    CHECK(m.flag("final") == true);
    CHECK(m.date("date") == std::optional<Date>(parse_date("2020-02-04", nullptr)));
    CHECK(m.datetime("closes").has_value());
    CHECK(m.time_of_day("start") == std::chrono::minutes(11 * 60));
    CHECK(m.choice("colour", "colour", kColours) == Colour::green);
    std::vector<long long> wages;
    m.each("wages", "percentages", [&](const YamlNode& n) {
        if (auto p = r.decimal(n, DecimalKind{{4, true}, "a percentage", "1.5"})) wages.push_back(*p);
    });
    CHECK(wages == std::vector<long long>{15000, 20000});
    auto place = m.map("place", "a place");
    REQUIRE(place);
    CHECK(place->text("city") == "Springfield");
    place->done();
    m.done();
    CHECK(problems.empty());
}

TEST_CASE("a flag is yes, no, true or false in any case, everywhere") {
    for (const char* yes : {"yes", "Yes", "YES", "true", "True", "TRUE"})
        CHECK(problems_of(std::string("f: ") + yes, [](YamlMap& m) { CHECK(m.flag("f") == true); }).empty());
    for (const char* no : {"no", "No", "false", "FALSE"})
        CHECK(problems_of(std::string("f: ") + no, [](YamlMap& m) { CHECK(m.flag("f") == false); }).empty());
    CHECK(problems_of("f: maybe", [](YamlMap& m) { CHECK_FALSE(m.flag("f")); }) ==
          std::vector<std::string>{"test.yaml:1:4: expected yes/no or true/false, found 'maybe'"});
}

TEST_CASE("a key nobody asked for is reported with the key it was probably meant to be") {
    auto p = problems_of("title: A\ntittle: B\nzzzzzz: C\n", [](YamlMap& m) {
        m.text("title");
        m.done();
    });
    CHECK(p == std::vector<std::string>{"test.yaml:2:1: unknown key 'tittle' in a test [did you mean 'title'?]",
                                        "test.yaml:3:1: unknown key 'zzzzzz' in a test"});
}

TEST_CASE("a key given no value counts as not given") {
    auto p = problems_of("title:\n", [](YamlMap& m) {
        CHECK_FALSE(m.text("title"));
        CHECK(m.need("date", "this test has no date") == nullptr);
        m.done();
    });
    CHECK(p == std::vector<std::string>{"test.yaml:1:1: this test has no date"});
}

TEST_CASE("money is read as people write it, and only in dollars grouped by thousands") {
    auto cents = [](const std::string& value) {
        YamlNode root = yaml("payroll: " + value + "\n");
        std::vector<Diagnostic> problems;
        YamlReader r("test.yaml", problems);
        YamlMap m(r, root, "a test");
        std::optional<long long> out = m.cents("payroll");
        CHECK(out.has_value() == problems.empty());
        return out;
    };
    CHECK(cents("9450000.00") == 945000000);
    CHECK(cents("\"9,450,000\"") == 945000000);
    CHECK(cents("\"$9,450,000.50\"") == 945000050);
    CHECK(cents("$9450000") == 945000000);
    CHECK_FALSE(cents("\"9,45,000\""));      // not grouped by thousands
    CHECK_FALSE(cents("\"9.450.000,00\""));  // the European way is not guessed at
    CHECK_FALSE(cents("\"$-5\""));
    CHECK_FALSE(cents("\"$\""));
}

TEST_CASE("a value of the wrong type is a problem at its place") {
    auto p = problems_of(
        "a: [x]\nb: -3\nc: 1.5\nd: 99999999999999\ne: 1.005\nf: lots\ng: 99999999999999.00\nh: 2026-02-30\n"
        "i: blue\nj: text\nk: [1]\n",
        [](YamlMap& m) {
            CHECK_FALSE(m.text("a"));
            CHECK_FALSE(m.count("b", "; or else"));
            CHECK_FALSE(m.count("c"));
            CHECK_FALSE(m.count("d"));
            CHECK_FALSE(m.cents("e"));
            CHECK_FALSE(m.cents("f"));
            CHECK_FALSE(m.cents("g"));
            CHECK_FALSE(m.date("h"));
            CHECK_FALSE(m.choice("i", "colour", kColours));
            CHECK(m.list("j", "things") == nullptr);
            CHECK_FALSE(m.map("k", "a thing"));
        });
    CHECK(p == std::vector<std::string>{
                   "test.yaml:1:4: expected text, found a list",
                   "test.yaml:2:4: expected 0 or more, found '-3'; or else",
                   "test.yaml:3:4: expected a whole number, found '1.5'",
                   "test.yaml:4:4: expected a whole number up to 9999999999999, found '99999999999999'",
                   "test.yaml:5:4: more than 2 decimal places in an amount of money: '1.005'",
                   "test.yaml:6:4: expected an amount of money like 9450000.00, found 'lots'",
                   "test.yaml:7:4: expected an amount of money up to 9999999999999.99, found '99999999999999.00'",
                   "test.yaml:8:4: no such date, found '2026-02-30'",
                   "test.yaml:9:4: colour must be red or green, not 'blue'",
                   "test.yaml:10:4: expected a list of things, found text",
                   "test.yaml:11:4: expected a thing (key: value lines), found a list",
               });
}

TEST_CASE("a choice names the one it was probably meant to be") {
    auto p = problems_of("c: gren", [](YamlMap& m) { m.choice("c", "colour", kColours); });
    CHECK(p == std::vector<std::string>{"test.yaml:1:4: colour must be red or green, not 'gren' [did you mean 'green'?]"});
}

TEST_CASE("a reader that stops at the first problem throws it for its entry point") {
    YamlNode root = yaml("members: many\ntittle: x\n");
    YamlReader r("test.yaml");
    YamlMap m(r, root, "");
    try {
        m.count("members");
        FAIL("no problem thrown");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().located() == "test.yaml:1:10: expected a whole number, found 'many'");
    }
    try {
        m.find("title");
        m.done();
        FAIL("no problem thrown");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().located() == "test.yaml:2:1: unknown key 'tittle'");
        CHECK(e.diagnostic().help == "did you mean 'title'?");
    }
}
