// The value tree behind --format json and --format yaml: stable key order,
// JSON strings that are safe to paste into JavaScript, and YAML that reads
// back as the same values (a "no" stays the text "no").
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/document.h"
#include "io/input.h"
#include "io/yaml_source.h"

using namespace bargain;

namespace {

// Reads YAML back through the project's own YAML adapter.
class Whole : public YamlTopLevel {
public:
    std::vector<std::pair<std::string, YamlNode>> values;
    Take key(const YamlNode&) override { return Take::whole; }
    void value(const YamlNode& key, YamlNode&& v) override { values.emplace_back(key.value, std::move(v)); }
    void item(const YamlNode&, YamlNode&&) override {}
};

Whole read_yaml(const std::string& text) {
    auto in = Input::from_string("out.yaml", text);
    Whole w;
    auto error = stream_yaml(*in, w);
    if (error) FAIL("the YAML does not read back: " << error->located() << "\n" << text);
    return w;
}

}  // namespace

TEST_CASE("JSON strings escape quotes, backslashes and line breaks") {
    CHECK(json_quote("say \"no\"") == "\"say \\\"no\\\"\"");
    CHECK(json_quote("C:\\ballots") == "\"C:\\\\ballots\"");
    CHECK(json_quote("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
    CHECK(json_quote("") == "\"\"");
}

TEST_CASE("JSON strings escape every control character") {
    std::string all;
    for (int c = 1; c < 0x20; ++c) all += static_cast<char>(c);
    std::string q = json_quote(all);
    for (char c : q) CHECK(static_cast<unsigned char>(c) >= 0x20);
    CHECK(json_quote(std::string("\x01", 1)) == "\"\\u0001\"");
    CHECK(json_quote(std::string("\x1f", 1)) == "\"\\u001f\"");
    CHECK(json_quote(std::string("a\0b", 3)) == "\"a\\u0000b\"");
    CHECK(json_quote("\x7f") == "\"\\u007f\"");
    CHECK(json_quote("\b\f") == "\"\\u0008\\u000c\"");
}

TEST_CASE("JSON strings escape the line and paragraph separators U+2028 and U+2029") {
    CHECK(json_quote("a\xE2\x80\xA8" "b") == "\"a\\u2028b\"");
    CHECK(json_quote("\xE2\x80\xA9") == "\"\\u2029\"");
}

TEST_CASE("JSON strings keep other UTF-8 as it is") {
    CHECK(json_quote("State Capitol Complex \xE2\x80\x93 State Library") ==
          "\"State Capitol Complex \xE2\x80\x93 State Library\"");
    CHECK(json_quote("Jos\xC3\xA9") == "\"Jos\xC3\xA9\"");
}

TEST_CASE("JSON strings replace bytes that are not UTF-8, so the report stays valid JSON") {
    CHECK(json_quote("acc\xFF" "ept") == "\"acc\xEF\xBF\xBD" "ept\"");
    // A cut-off sequence is neither a line separator nor UTF-8: one U+FFFD per byte.
    CHECK(json_quote("\xE2\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK(json_quote("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // an overlong '/'
}

TEST_CASE("a JSON object keeps its keys in the order they were set") {
    Document d = Document::object();
    d.set("received", Document::integer(235));
    d.set("challenged", Document::integer(0));
    d.set("inputs", Document::array());
    CHECK(d.to_json() == "{\n  \"received\": 235,\n  \"challenged\": 0,\n  \"inputs\": []\n}\n");
}

TEST_CASE("JSON nests with two-space indentation") {
    Document d = Document::object();
    d.set("a", Document::array().push(Document::integer(1)).push(Document::object().set("b", Document())));
    d.set("c", Document::object());
    d.set("t", Document::boolean(true));
    d.set("f", Document::boolean(false));
    d.set("n", Document::number("0.9098"));
    CHECK(d.to_json() ==
          "{\n"
          "  \"a\": [\n"
          "    1,\n"
          "    {\n"
          "      \"b\": null\n"
          "    }\n"
          "  ],\n"
          "  \"c\": {},\n"
          "  \"t\": true,\n"
          "  \"f\": false,\n"
          "  \"n\": 0.9098\n"
          "}\n");
}

TEST_CASE("JSON keys are escaped like strings") {
    Document d = Document::object().set("a\"b", Document::string("x"));
    CHECK(d.to_json() == "{\n  \"a\\\"b\": \"x\"\n}\n");
}

TEST_CASE("JSON scalars at the top are one line") {
    CHECK(Document().to_json() == "null\n");
    CHECK(Document::string("x").to_json() == "\"x\"\n");
    CHECK(Document::integer(-3).to_json() == "-3\n");
}

TEST_CASE("YAML comes out in block style with quoted strings") {
    Document d = Document::object();
    d.set("inputs", Document::array().push(Document::object()
                                               .set("path", Document::string("ballots.csv"))
                                               .set("records", Document::integer(235))));
    d.set("roster", Document());
    d.set("rejected", Document::object().set("duplicate", Document::integer(2)).set("outside-window",
                                                                                   Document::integer(1)));
    d.set("units", Document::array());
    d.set("answer", Document::string("no"));
    d.set("turnout", Document::number("0.9098"));
    d.set("determinative_challenges", Document::boolean(false));
    CHECK(d.to_yaml() ==
          "inputs:\n"
          "  - path: \"ballots.csv\"\n"
          "    records: 235\n"
          "roster: null\n"
          "rejected:\n"
          "  duplicate: 2\n"
          "  outside-window: 1\n"
          "units: []\n"
          "answer: \"no\"\n"
          "turnout: 0.9098\n"
          "determinative_challenges: false\n");
}

TEST_CASE("YAML output reads back as the same values") {
    Document d = Document::object();
    d.set("text", Document::string("Do you accept: the \"last, best\" offer?\n# not a comment\t\x01\xE2\x80\xA8 end"));
    d.set("no", Document::string("no"));
    d.set("number_text", Document::string("1.5"));
    d.set("Odd Key: x", Document::string("v"));
    d.set("list", Document::array()
                      .push(Document::string("a"))
                      .push(Document::array().push(Document::integer(1)).push(Document::integer(2)))
                      .push(Document::array())
                      .push(Document::object()
                                .set("k", Document::array().push(Document::string("deep")))
                                .set("m", Document::object().set("z", Document()))));
    std::string yaml = d.to_yaml();
    Whole w = read_yaml(yaml);
    REQUIRE(w.values.size() == 5);
    CHECK(w.values[0].first == "text");
    CHECK(w.values[0].second.value ==
          "Do you accept: the \"last, best\" offer?\n# not a comment\t\x01\xE2\x80\xA8 end");
    CHECK(w.values[1].first == "no");
    CHECK(w.values[1].second.value == "no");
    CHECK(w.values[1].second.quoted);
    CHECK(w.values[2].second.value == "1.5");
    CHECK(w.values[3].first == "Odd Key: x");
    const YamlNode& list = w.values[4].second;
    REQUIRE(list.kind == YamlNode::Kind::sequence);
    REQUIRE(list.items.size() == 4);
    CHECK(list.items[0].value == "a");
    REQUIRE(list.items[1].kind == YamlNode::Kind::sequence);
    CHECK(list.items[1].items.size() == 2);
    CHECK(list.items[1].items[1].value == "2");
    CHECK(list.items[2].kind == YamlNode::Kind::sequence);
    CHECK(list.items[2].items.empty());
    REQUIRE(list.items[3].kind == YamlNode::Kind::map);
    REQUIRE(list.items[3].entries.size() == 2);
    CHECK(list.items[3].entries[0].first.value == "k");
    CHECK(list.items[3].entries[0].second.items.at(0).value == "deep");
    CHECK(list.items[3].entries[1].second.entries.at(0).second.kind == YamlNode::Kind::null);
}

TEST_CASE("a key that YAML 1.1 reads as a boolean or null is quoted, so yes: stays the string yes") {
    for (const char* word : {"y",     "Y",     "yes",  "Yes",  "YES",  "n",    "N",    "no",   "No",
                             "NO",    "true",  "True", "TRUE", "false", "False", "FALSE", "on",  "On",
                             "ON",    "off",   "Off",  "OFF",  "null", "Null", "NULL", "~",    "yEs"}) {
        CAPTURE(word);
        Document d = Document::object().set(word, Document::integer(1));
        CHECK(d.to_yaml() == "\"" + std::string(word) + "\": 1\n");
    }
}

TEST_CASE("a key that only looks like one of those words stays plain") {
    Document d = Document::object()
                     .set("yes_votes", Document::integer(1))
                     .set("none", Document::integer(2))
                     .set("nos", Document::integer(3))
                     .set("abstain", Document::integer(4));
    CHECK(d.to_yaml() == "yes_votes: 1\nnone: 2\nnos: 3\nabstain: 4\n");
}

TEST_CASE("a tally's yes and no counts read back under the keys yes and no") {
    Document q = Document::object().set("yes", Document::integer(77)).set("no", Document::integer(152));
    std::string yaml = Document::array().push(q).to_yaml();
    CHECK(yaml == "- \"yes\": 77\n  \"no\": 152\n");
    Whole w = read_yaml("questions:\n" + yaml);
    REQUIRE(w.values.size() == 1);
    const YamlNode& item = w.values[0].second.items.at(0);
    REQUIRE(item.entries.size() == 2);
    CHECK(item.entries[0].first.value == "yes");
    CHECK(item.entries[0].first.quoted);
    CHECK(item.entries[1].second.value == "152");
}

TEST_CASE("YAML of a scalar or an empty collection at the top is one line") {
    CHECK(Document::string("x").to_yaml() == "\"x\"\n");
    CHECK(Document().to_yaml() == "null\n");
    CHECK(Document::array().to_yaml() == "[]\n");
    CHECK(Document::object().to_yaml() == "{}\n");
}

TEST_CASE("a document knows its kind") {
    CHECK(Document().kind() == Document::Kind::null);
    CHECK(Document::integer(1).kind() == Document::Kind::number);
    CHECK(Document::array().kind() == Document::Kind::array);
}
