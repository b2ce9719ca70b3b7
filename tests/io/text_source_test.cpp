// Text in the encodings spreadsheets and editors save, as the readers see
// it: byte order marks dropped, UTF-16 transcoded, and every file that is not
// text, or not UTF-8, refused at its place. The CSV reader's cases are in
// csv_reader_test.cpp; here are the source itself, the YAML adapter and the
// format sniff.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/file_format.h"
#include "io/input.h"
#include "io/text_source.h"
#include "io/yaml_source.h"

using namespace bargain;

namespace {

std::string utf16le(std::string_view ascii, bool bom = true) {
    std::string out = bom ? "\xFF\xFE" : "";
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

std::string utf16be(std::string_view ascii, bool bom = true) {
    std::string out = bom ? "\xFE\xFF" : "";
    for (char c : ascii) {
        out += '\0';
        out += c;
    }
    return out;
}

// Everything a TextSource gives, read n bytes at a time.
std::string drain(TextSource& text, size_t n = 7) {
    std::string out;
    std::vector<char> chunk(n);
    while (size_t got = text.read(chunk.data(), n)) out.append(chunk.data(), got);
    return out;
}

// Records the top-level scalars and list items of a YAML file, with their places.
struct Collect : YamlTopLevel {
    std::vector<std::string> seen;
    Take key(const YamlNode& key) override {
        seen.push_back(key.value + "@" + std::to_string(key.line) + ":" + std::to_string(key.column));
        return key.value == "ballots" ? Take::each_item : Take::whole;
    }
    void value(const YamlNode&, YamlNode&& value) override { seen.push_back(value.value); }
    void item(const YamlNode&, YamlNode&& item) override {
        for (auto& [k, v] : item.entries) seen.push_back(k.value + "=" + v.value);
    }
};

std::optional<Diagnostic> stream(const std::string& bytes, Collect& sink) {
    auto in = Input::from_string("ballots.yaml", bytes);
    return stream_yaml(*in, sink);
}

std::string where(const Diagnostic& d) { return std::to_string(d.line) + ":" + std::to_string(d.column); }

}  // namespace

TEST_CASE("UTF-8 passes through the text source untouched") {
    auto in = Input::from_string("x", "voter,accept\nJos\xC3\xA9,yes\n");
    TextSource text(*in, kSaveCsvAsUtf8);
    CHECK(drain(text) == "voter,accept\nJos\xC3\xA9,yes\n");
    CHECK(text.encoding() == TextEncoding::utf8);
    CHECK(text.problem().empty());
}

TEST_CASE("the text source drops every byte order mark at the start, and only there") {
    auto in = Input::from_string("x", "\xEF\xBB\xBF\xEF\xBB\xBF" "a\xEF\xBB\xBF");
    TextSource text(*in, kSaveCsvAsUtf8);
    CHECK(drain(text) == "a\xEF\xBB\xBF");
    CHECK(text.encoding() == TextEncoding::utf8_bom);
}

TEST_CASE("UTF-16 comes out of the text source as UTF-8, a byte at a time if asked") {
    // "é" (U+00E9), "€" (U+20AC) and U+1F5F3, a ballot box (a surrogate pair).
    const std::string le = std::string("\xFF\xFE" "a\0\xE9\0\xAC\x20\x3D\xD8\xF3\xDD", 12);
    for (size_t n : {1u, 2u, 3u, 4096u}) {
        auto in = Input::from_string("x", le);
        TextSource text(*in, kSaveCsvAsUtf8);
        CHECK(drain(text, n) == "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x97\xB3");
        CHECK(text.encoding() == TextEncoding::utf16le);
        CHECK(text.problem().empty());
    }
    auto be = Input::from_string("x", std::string("\xFE\xFF\0a\x20\xAC\xD8\x3D\xDD\xF3", 10));
    TextSource text(*be, kSaveCsvAsUtf8);
    CHECK(drain(text) == "a\xE2\x82\xAC\xF0\x9F\x97\xB3");
    CHECK(text.encoding() == TextEncoding::utf16be);
}

TEST_CASE("a UTF-16 file that is only its byte order mark is empty text") {
    auto in = Input::from_string("x", "\xFF\xFE");
    TextSource text(*in, kSaveCsvAsUtf8);
    CHECK(drain(text).empty());
    CHECK(text.problem().empty());
}

TEST_CASE("the text before a UTF-16 problem is handed over first") {
    auto in = Input::from_string("x", utf16le("abc") + "d");
    TextSource text(*in, kSaveYamlAsUtf8);
    CHECK(drain(text) == "abc");
    CHECK(text.problem().find("odd number of bytes") != std::string::npos);
}

TEST_CASE("UTF-16 without a byte order mark stops the text source before any text") {
    for (const std::string& bytes : {utf16le("key: 1\n", false), utf16be("key: 1\n", false)}) {
        auto in = Input::from_string("x", bytes);
        TextSource text(*in, kSaveYamlAsUtf8);
        CHECK(drain(text).empty());
        CHECK(text.problem() == "this file looks like UTF-16 without a byte order mark: save it from your editor as UTF-8");
    }
    // Too short to tell, or NULs everywhere (/dev/zero): left to the NUL check.
    for (const std::string& bytes : {std::string("a\0", 2), std::string(16, '\0'), std::string("a\0\0b", 4)}) {
        auto in = Input::from_string("x", bytes);
        TextSource text(*in, kSaveCsvAsUtf8);
        CHECK(drain(text) == bytes);
        CHECK(text.problem().empty());
    }
}

TEST_CASE("UTF-32 is refused as such, not read as UTF-16 full of NULs") {
    for (const std::string& bytes : {std::string("\xFF\xFE\0\0v\0\0\0", 8), std::string("\0\0\xFE\xFF\0\0\0v", 8)}) {
        auto in = Input::from_string("x", bytes);
        TextSource text(*in, kSaveCsvAsUtf8);
        CHECK(drain(text).empty());
        CHECK(text.problem() == "this file is UTF-32: save it from your spreadsheet as \"CSV UTF-8\"");
    }
}

TEST_CASE("messages say which byte is not UTF-8 and what to do") {
    CHECK(not_utf8_message(0xE9, kSaveCsvAsUtf8) ==
          "byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as \"CSV UTF-8\"");
    CHECK(not_utf8_message(0x0A, "x") == "byte 0x0A is not UTF-8 (is this file Latin-1 or Windows-1252?): x");
}

TEST_CASE("a text head shows a sniffer the characters of any encoding") {
    CHECK(text_head("\xEF\xBB\xBF\xEF\xBB\xBFvoter,accept") == "voter,accept");
    CHECK(text_head(utf16le("bargain: 1")) == "bargain: 1");
    CHECK(text_head(utf16be("voter;accept")) == "voter;accept");
    CHECK(text_head(utf16le("voter\taccept", false)) == "voter\taccept");
    CHECK(text_head(std::string("\xFF\xFE\xE9\0:\0", 6)) == "?:");
}

// ---- the YAML adapter ---------------------------------------------------------------

TEST_CASE("a UTF-16 YAML ballot file with a byte order mark is read as its text") {
    for (bool le : {true, false}) {
        CAPTURE(le);
        const char* yaml = "bargain: 1\nballots:\n  - {voter: V1, accept: yes}\n";
        Collect sink;
        auto error = stream(le ? utf16le(yaml) : utf16be(yaml), sink);
        REQUIRE_FALSE(error);
        CHECK(sink.seen == std::vector<std::string>{"bargain@1:1", "1", "ballots@2:1", "voter=V1", "accept=yes"});
    }
}

TEST_CASE("a UTF-16 campaign with a byte order mark is read as its text, non-ASCII included") {
    std::string bytes = std::string("\xFF\xFE", 2);
    for (char c : std::string("name: Jos")) bytes += std::string{c, '\0'};
    bytes += std::string("\xE9\0\n\0", 4);
    auto in = Input::from_string("campaign.yaml", bytes);
    Result<YamlNode> root = load_yaml_document(*in);
    REQUIRE(root.ok());
    REQUIRE(root->entries.size() == 1);
    CHECK(root->entries[0].second.value == "Jos\xC3\xA9");
}

TEST_CASE("a NUL at the start of a YAML file (/dev/zero) is said to be one, not \"found nothing\"") {
    Collect sink;
    auto error = stream(std::string(4096, '\0'), sink);
    REQUIRE(error);
    CHECK(error->message == "NUL byte: this is not a text file");
    CHECK(where(*error) == "1:1");
    auto in = Input::from_string("campaign.yaml", std::string(100, '\0'));
    Result<YamlNode> root = load_yaml_document(*in);
    REQUIRE_FALSE(root.ok());
    CHECK(root.error().message == "NUL byte: this is not a text file");
}

TEST_CASE("a UTF-16 YAML file without a byte order mark gets the same message as a CSV file") {
    Collect sink;
    auto error = stream(utf16le("ballots:\n  - {voter: V1}\n", false), sink);
    REQUIRE(error);
    CHECK(error->message == "this file looks like UTF-16 without a byte order mark: save it from your editor as UTF-8");
    CHECK(where(*error) == "1:1");
    auto in = Input::from_string("campaign.yaml", utf16be("bargain: 1\n", false));
    Result<YamlNode> root = load_yaml_document(*in);
    REQUIRE_FALSE(root.ok());
    CHECK(where(root.error()) == "1:1");
}

TEST_CASE("a UTF-16 problem in a YAML file is at the place its text stops") {
    Collect sink;
    auto error = stream(utf16le("ballots:\n  - {voter: V1}\n  - {v") + "x", sink);
    REQUIRE(error);
    CHECK(error->message.find("odd number of bytes") != std::string::npos);
    CHECK(where(*error) == "3:7");
}

TEST_CASE("a Latin-1 byte in a YAML ballot file is an error at its line and column") {
    Collect sink;
    auto error = stream("ballots:\n  - {voter: V1}\n  - {voter: Jos\xE9}\n", sink);
    REQUIRE(error);
    CHECK(error->message ==
          "byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8");
    CHECK(where(*error) == "3:16");
    // In a comment, too: the file is not UTF-8, whatever the byte is in.
    Collect comment;
    auto in_comment = stream("# Stimmzettel f\xFCr\nballots: []\n", comment);
    REQUIRE(in_comment);
    CHECK(where(*in_comment) == "1:16");
    // After the document, too.
    Collect after;
    auto at_end = stream("ballots: []\n# \xFF", after);
    REQUIRE(at_end);
    CHECK(where(*at_end) == "2:3");
}

TEST_CASE("overlong UTF-8 and cut sequences in a YAML ballot file are errors too") {
    for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
        Collect sink;
        auto error = stream("ballots:\n  - {voter: V" + bad + "}\n", sink);
        REQUIRE(error);
        CHECK(where(*error) == "2:14");
        CHECK(error->message.find("is not UTF-8") != std::string::npos);
    }
    Collect sink;
    auto at_end = stream("ballots: []\n#\xE2\x82", sink);
    REQUIRE(at_end);
    CHECK(where(*at_end) == "2:2");
}

TEST_CASE("UTF-8 split by the YAML adapter's 64 KiB chunks reads whole") {
    // A long comment puts a two-, three- and four-byte character across the
    // first chunk boundary, at each of its bytes.
    for (size_t shift = 0; shift < 4; ++shift) {
        CAPTURE(shift);
        std::string text = "#" + std::string((1 << 16) - 3 - shift, 'c') + "\n";
        text += "ballots:\n  - {voter: \xC3\xA9\xE2\x82\xAC\xF0\x9F\x97\xB3, accept: yes}\n";
        Collect sink;
        auto error = stream(text, sink);
        INFO((error ? error->located() : std::string("ok")));
        REQUIRE_FALSE(error);
        CHECK(sink.seen.at(1) == "voter=\xC3\xA9\xE2\x82\xAC\xF0\x9F\x97\xB3");
    }
}

TEST_CASE("a byte that is not UTF-8 in a campaign is kept, for the writers to show as U+FFFD") {
    auto in = Input::from_string("campaign.yaml", "campaign: {name: \"Local \xFF 4408\"}\n");
    Result<YamlNode> root = load_yaml_document(*in);
    REQUIRE(root.ok());
    CHECK(root->entries.at(0).second.entries.at(0).second.value == "Local \xFF 4408");
}

TEST_CASE("a YAML file with two byte order marks keeps its first key") {
    Collect sink;
    auto error = stream("\xEF\xBB\xBF\xEF\xBB\xBF" "ballots: []\n", sink);
    REQUIRE_FALSE(error);
    CHECK(sink.seen.at(0) == "ballots@1:1");
}

// ---- which reader a file goes to -------------------------------------------------------

TEST_CASE("a UTF-16 file without a telling extension goes to the reader of what it holds") {
    auto yaml = Input::from_string("ballots.txt", utf16le("# mail ballots\nballots: []\n"));
    CHECK(guess_format(*yaml) == FileFormat::yaml);
    auto csv = Input::from_string("-", utf16le("voter\taccept\r\nV1\tyes\r\n"));
    CHECK(guess_format(*csv) == FileFormat::csv);
    auto bare = Input::from_string("-", utf16be("bargain: 1\n", false));
    CHECK(guess_format(*bare) == FileFormat::yaml);
}

TEST_CASE("a semicolon or tab header with a colon in a question is CSV, not YAML") {
    auto semicolon = Input::from_string("-", "voter;Q1: accept the offer?\nV1;yes\n");
    CHECK(guess_format(*semicolon) == FileFormat::csv);
    auto tab = Input::from_string("-", "voter\tQ1: accept?\nV1\tyes\n");
    CHECK(guess_format(*tab) == FileFormat::csv);
    auto yaml = Input::from_string("-", "\xEF\xBB\xBF\xEF\xBB\xBF" "ballots: []\n");
    CHECK(guess_format(*yaml) == FileFormat::yaml);
}
