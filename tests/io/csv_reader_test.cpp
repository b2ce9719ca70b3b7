// The streaming CSV reader: RFC 4180 as e-voting vendors and spreadsheets
// write it, physical line numbers a person can find in an editor, and the
// 256 KiB buffer boundary, where streaming parsers break.
#include <doctest/doctest.h>

#include "test_support.h"

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/input_limits.h"
#include "io/csv_reader.h"
#include "io/input.h"
#include "tally/ballot_reader.h"

using namespace bargain;

namespace {

struct Field {
    std::string text;
    long long line, column;
};

struct Record {
    long long line;
    std::vector<Field> fields;
};

struct Parsed {
    std::vector<Record> records;
    std::optional<Diagnostic> error;
    char delimiter = 0;
    TextEncoding encoding = TextEncoding::utf8;
    long long blank_lines = 0;

    std::vector<std::string> texts(size_t i) const {
        std::vector<std::string> out;
        for (const Field& f : records.at(i).fields) out.push_back(f.text);
        return out;
    }
};

Parsed parse_input(Input& in, CsvOptions options = {}) {
    CsvReader csv(in, options);
    Parsed p;
    while (csv.next()) {
        Record r{csv.line(), {}};
        for (size_t i = 0; i < csv.fields().size(); ++i)
            r.fields.push_back({std::string(csv.fields()[i]), csv.field_line(i), csv.field_column(i)});
        p.records.push_back(std::move(r));
    }
    p.error = csv.error();
    p.delimiter = csv.delimiter();
    p.encoding = csv.encoding();
    p.blank_lines = csv.blank_lines();
    return p;
}

Parsed parse(std::string text, std::string name = "ballots.csv") {
    auto in = Input::from_string(std::move(name), std::move(text));
    return parse_input(*in);
}

Parsed parse_with(std::string text, CsvOptions options) {
    auto in = Input::from_string("ballots.csv", std::move(text));
    return parse_input(*in, options);
}

// Well-formed UTF-8 as UTF-16, little- or big-endian, with a byte order
// mark or without: what Excel's "Unicode Text" and other tools write.
std::string utf16(const std::string& utf8, bool little_endian, bool bom = true) {
    std::string out;
    auto unit = [&](std::uint32_t u) {
        char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += little_endian ? lo : hi;
        out += little_endian ? hi : lo;
    };
    if (bom) unit(0xFEFF);
    for (size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        std::uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < n; ++k) cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += n;
        if (cp >= 0x10000) {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            unit(cp);
        }
    }
    return out;
}

using Row = std::vector<std::string>;

// An obviously correct, whole-string RFC 4180 parser for well-formed input,
// to compare the streaming reader against: any delimiter, LF, CRLF or CR.
std::vector<Record> reference_parse(const std::string& s, char delimiter = ',') {
    std::vector<Record> out;
    size_t p = 0;
    long long line = 1;
    size_t line_start = 0;
    while (s.compare(p, 3, "\xEF\xBB\xBF") == 0) p = line_start = p + 3;
    // The length of the line end at i: 2 for CRLF, 1 for LF or CR, else 0.
    auto line_end = [&](size_t i) -> size_t {
        if (s.compare(i, 2, "\r\n") == 0) return 2;
        return i < s.size() && (s[i] == '\n' || s[i] == '\r') ? 1 : 0;
    };
    while (p < s.size()) {
        if (size_t n = line_end(p)) {
            p += n;
            ++line;
            line_start = p;
            continue;
        }
        Record r{line, {}};
        for (;;) {
            Field f{"", line, static_cast<long long>(p - line_start + 1)};
            if (p < s.size() && s[p] == '"') {
                ++p;
                for (;;) {
                    if (s[p] == '"') {
                        if (p + 1 < s.size() && s[p + 1] == '"') {
                            f.text += '"';
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    if (size_t n = line_end(p)) {
                        f.text += s.substr(p, n);
                        p += n;
                        ++line;
                        line_start = p;
                        continue;
                    }
                    f.text += s[p++];
                }
            } else {
                while (p < s.size() && s[p] != delimiter && !line_end(p)) f.text += s[p++];
            }
            r.fields.push_back(f);
            if (p >= s.size()) break;
            if (s[p] == delimiter) {
                ++p;
                continue;
            }
            p += line_end(p);
            ++line;
            line_start = p;
            break;
        }
        out.push_back(std::move(r));
    }
    return out;
}

// Compares the reader with the reference parser, record by record, and
// reports the first difference (a whole-vector CHECK would print megabytes).
void check_records(const Parsed& got, const std::vector<Record>& want) {
    REQUIRE_FALSE(got.error.has_value());
    REQUIRE(got.records.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        INFO("record " << i << " at line " << want[i].line);
        REQUIRE(got.records[i].line == want[i].line);
        REQUIRE(got.records[i].fields.size() == want[i].fields.size());
        for (size_t j = 0; j < want[i].fields.size(); ++j) {
            INFO("field " << j);
            REQUIRE(got.records[i].fields[j].text == want[i].fields[j].text);
            REQUIRE(got.records[i].fields[j].line == want[i].fields[j].line);
            REQUIRE(got.records[i].fields[j].column == want[i].fields[j].column);
        }
    }
}

void check_against_reference(const std::string& text) { check_records(parse(text), reference_parse(text)); }

// A deterministic pseudo-random source, so a failure reproduces.
struct Lcg {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state >> 33);
    }
    std::uint32_t below(std::uint32_t n) { return next() % n; }
};

std::string random_quoted(Lcg& rng, size_t length) {
    static const char* pieces[] = {"a", "Z", "7", " ", ",", "\n", "\r\n", "\"\"", "é", "yes", "no",
                                   ";", "\t", "\r", "\xF0\x9F\x97\xB3" /* U+1F5F3, a ballot box */};
    std::string s = "\"";
    while (s.size() < length) s += pieces[rng.below(15)];
    return s + "\"";
}

std::string random_unquoted(Lcg& rng, size_t length) {
    static const char chars[] = "abcXYZ0123456789 -_.'\"";
    std::string s;
    for (size_t i = 0; i < length; ++i) {
        char c = chars[rng.below(sizeof chars - 1)];
        if (i == 0 && c == '"') c = 'q';  // a leading quote would start a quoted field
        s += c;
    }
    return s;
}

// `line_ends` "\n\r\n" mixes LF and CRLF; "\r" makes a CR-only file.
std::string random_csv(std::uint64_t seed, size_t bytes, char delimiter = ',', std::string_view line_ends = "lf+crlf") {
    Lcg rng{seed};
    const bool cr_only = line_ends == "cr";
    std::string d(1, delimiter);
    std::string s = "voter" + d + "ballot" + d + "accept" + (cr_only ? "\r" : "\r\n");
    while (s.size() < bytes) {
        for (int f = 0; f < 3; ++f) {
            if (f) s += delimiter;
            std::uint32_t kind = rng.below(10);
            if (kind < 4) s += random_unquoted(rng, rng.below(24));
            else if (kind < 9) s += random_quoted(rng, rng.below(120));
            else s += random_quoted(rng, 1000 + rng.below(40000));  // a long comment-like cell
        }
        std::uint32_t end = rng.below(10);
        const char* one = cr_only ? "\r" : end < 5 ? "\n" : "\r\n";
        s += one;
        if (end == 9) s += cr_only ? "\r" : rng.below(2) ? "\n" : "\r\n";  // a blank line
    }
    return s;
}

constexpr size_t kBuffer = 1 << 18;  // the reader's first buffer, 256 KiB

// Filler records ("F...,no\n") that take exactly `bytes` bytes after the header.
std::string filler(size_t bytes) {
    std::string s;
    int n = 0;
    while (bytes - s.size() > 200) {
        std::string row = "F" + std::to_string(n++);
        row += std::string(96 - row.size() - 4, 'x') + ",no\n";
        s += row;
    }
    size_t left = bytes - s.size();
    REQUIRE(left >= 5);
    s += "L" + std::string(left - 5, 'y') + ",no\n";
    REQUIRE(s.size() == bytes);
    return s;
}

// A text whose record `special` is split by the first buffer boundary after
// its first `split` bytes, followed by a few ordinary records.
std::string split_at(const std::string& special, size_t split) {
    std::string header = "voter,accept\n";
    std::string text = header + filler(kBuffer - split - header.size());
    REQUIRE(text.size() + split == kBuffer);
    text += special;
    text += "AFTER1,yes\r\n\"AFTER2\",\"no\"\nAFTER3,abstain";
    return text;
}

}  // namespace

TEST_CASE("a quoted voter name keeps its comma") {
    Parsed p = parse("voter,accept\n\"Smith, Jo\",yes\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(1) == Row{"Smith, Jo", "yes"});
}

TEST_CASE("a quoted field keeps its line breaks") {
    Parsed p = parse("voter,comment\nV1,\"first line\nsecond line\"\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(1) == Row{"V1", "first line\nsecond line"});
}

TEST_CASE("a doubled quote inside a quoted field is one quote") {
    Parsed p = parse("voter,comment\nV1,\"she said \"\"no\"\"\"\nV2,\"\"\"\"\nV3,\"\"\n");
    REQUIRE(p.records.size() == 4);
    CHECK(p.texts(1) == Row{"V1", "she said \"no\""});
    CHECK(p.texts(2) == Row{"V2", "\""});
    CHECK(p.texts(3) == Row{"V3", ""});
}

TEST_CASE("a quote in the middle of an unquoted field is taken literally") {
    Parsed p = parse("voter,accept\nO\"Brien,yes\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(1) == Row{"O\"Brien", "yes"});
}

TEST_CASE("CRLF line endings from a Windows export read like LF") {
    Parsed p = parse("voter,accept\r\nV1,yes\r\n\"V2\",\"no\"\r\nV3,\r\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 4);
    CHECK(p.texts(0) == Row{"voter", "accept"});
    CHECK(p.texts(1) == Row{"V1", "yes"});
    CHECK(p.texts(2) == Row{"V2", "no"});
    CHECK(p.texts(3) == Row{"V3", ""});
    CHECK(p.records[3].line == 4);
}

TEST_CASE("a CRLF inside a quoted field is part of the field") {
    Parsed p = parse("voter,comment\r\nV1,\"a\r\nb\"\r\nV2,c\r\n");
    REQUIRE(p.records.size() == 3);
    CHECK(p.texts(1) == Row{"V1", "a\r\nb"});
    CHECK(p.records[2].line == 4);
}

TEST_CASE("a UTF-8 byte order mark is not part of the first column name") {
    Parsed p = parse("\xEF\xBB\xBFvoter,accept\nV1,yes\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(0) == Row{"voter", "accept"});
    CHECK(p.records[0].fields[0].column == 1);
    CHECK(p.records[0].fields[1].column == 7);

    Parsed quoted = parse("\xEF\xBB\xBF\"voter\",accept\n");
    REQUIRE(quoted.records.size() == 1);
    CHECK(quoted.texts(0) == Row{"voter", "accept"});
}

TEST_CASE("a file that is only a byte order mark has no records") {
    Parsed p = parse("\xEF\xBB\xBF");
    CHECK(p.records.empty());
    CHECK_FALSE(p.error);
}

TEST_CASE("an empty file has no records and no error") {
    Parsed p = parse("");
    CHECK(p.records.empty());
    CHECK_FALSE(p.error);
}

TEST_CASE("the last ballot needs no final newline") {
    Parsed p = parse("voter,accept\nV1,yes");
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(1) == Row{"V1", "yes"});

    Parsed quoted = parse("voter,accept\nV1,\"yes\"");
    REQUIRE(quoted.records.size() == 2);
    CHECK(quoted.texts(1) == Row{"V1", "yes"});

    Parsed empty_last = parse("voter,accept\nV1,");
    REQUIRE(empty_last.records.size() == 2);
    CHECK(empty_last.texts(1) == Row{"V1", ""});
}

TEST_CASE("empty fields are kept, including a trailing one") {
    Parsed p = parse(",,\n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.texts(0) == Row{"", "", ""});
}

TEST_CASE("blank lines between ballots are skipped but still counted as lines") {
    Parsed p = parse("voter,accept\n\nV1,yes\r\n\r\n\nV2,no\n\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[0].line == 1);
    CHECK(p.records[1].line == 3);
    CHECK(p.records[2].line == 6);
    CHECK(p.texts(2) == Row{"V2", "no"});
}

TEST_CASE("a ballot after a multi-line quoted field is on its physical line") {
    Parsed p = parse("voter,comment\n\"V1\",\"one\ntwo\nthree\"\nV2,x\n\nV3,\"a\r\nb\"\nV4,y\n");
    REQUIRE(p.records.size() == 5);
    CHECK(p.records[1].line == 2);
    CHECK(p.records[2].line == 5);
    CHECK(p.records[3].line == 7);
    CHECK(p.records[4].line == 9);
}

TEST_CASE("each field knows the line and column where it starts") {
    Parsed p = parse("ab,\"cd\",e\n\"x\ny\",z,\"w\"\n");
    REQUIRE(p.records.size() == 2);
    const auto& first = p.records[0].fields;
    CHECK(first[0].column == 1);
    CHECK(first[1].column == 4);
    CHECK(first[2].column == 9);
    const auto& second = p.records[1].fields;
    CHECK(second[0].line == 2);
    CHECK(second[0].column == 1);
    CHECK(second[1].line == 3);  // after the quoted line break
    CHECK(second[1].column == 4);
    CHECK(second[2].line == 3);
    CHECK(second[2].column == 6);
}

TEST_CASE("at_field locates a problem at a field of the current record") {
    auto in = Input::from_string("ballots.csv", "voter,accept\nV1,\"x\ny\",z\n");
    CsvReader csv(*in);
    REQUIRE(csv.next());
    REQUIRE(csv.next());
    Diagnostic d = csv.at_field(2, "bad");
    CHECK(d.file == "ballots.csv");
    CHECK(d.line == 3);
    CHECK(d.column == 4);
    CHECK(d.located() == "ballots.csv:3:4: bad");
}

TEST_CASE("at_field's width is the field as written, so a caret can underline all of it") {
    auto in = Input::from_string("totals.csv",
                                 "question,option,votes,note\n"
                                 "accept,\"1,234\",,\"say \"\"no\"\"\"\n"
                                 "\"\",\"two\nlines\",7,x\n");
    CsvReader csv(*in);
    REQUIRE(csv.next());
    CHECK(csv.at_field(1, "").width == 6);  // option
    REQUIRE(csv.next());
    CHECK(csv.at_field(0, "").width == 6);   // accept
    CHECK(csv.at_field(1, "").width == 7);   // "1,234", its quotes too
    CHECK(csv.at_field(2, "").width == 1);   // empty: where its delimiter is
    CHECK(csv.at_field(3, "").width == 12);  // "say ""no""", each "" two bytes as written
    CHECK(csv.fields()[3] == "say \"no\"");  // while the field reads unescaped
    REQUIRE(csv.next());
    CHECK(csv.at_field(0, "").width == 2);  // ""
    Diagnostic two = csv.at_field(1, "");   // runs on to the next line; the excerpt shows the first
    CHECK(two.line == 3);
    CHECK(two.column == 4);
    CHECK(two.width == 11);
    CHECK(csv.at_field(3, "").column == 10);
}

TEST_CASE("the reader reports ragged rows as they are") {
    Parsed p = parse("voter,ballot,accept\nV1,S1\nV2,S2,yes,extra\nV3,S3,no\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 4);
    CHECK(p.records[1].fields.size() == 2);
    CHECK(p.records[2].fields.size() == 4);
    CHECK(p.texts(2) == Row{"V2", "S2", "yes", "extra"});
    CHECK(p.records[3].fields.size() == 3);
}

namespace {
struct NullSink : BallotSink {
    std::uint32_t question(std::string_view) override { return 0; }
    void question_text(std::uint32_t, std::string_view) override {}
    std::optional<Diagnostic> ballot(const BallotRecord&) override { return std::nullopt; }
    std::optional<Diagnostic> site_return(const SiteReturn&) override { return std::nullopt; }
};
}  // namespace

TEST_CASE("a ballot row with too few fields is an error naming its line") {
    auto in = Input::from_string("ballots.csv", "voter,ballot,accept\nV1,S1,yes\nV2,S2\n");
    NullSink sink;
    auto read = test::read_ballot_records(*in, 0, sink);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().file == "ballots.csv");
    CHECK(read.error().line == 3);
    CHECK(read.error().message.find("this row has 2 fields but the header has 3") != std::string::npos);
}

TEST_CASE("a ballot row with too many fields is an error naming its line") {
    auto in = Input::from_string("ballots.csv", "voter,accept\r\nV1,yes,no\r\n");
    NullSink sink;
    auto read = test::read_ballot_records(*in, 0, sink);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().line == 2);
    CHECK(read.error().column == 8);  // the first field too many
    CHECK(read.error().message.find("3 fields but the header has 2") != std::string::npos);
}

TEST_CASE("an unterminated quote is reported at the opening quote") {
    Parsed p = parse("voter,comment\nV1,ok\nV2,\"never closed\nV3,yes\nV4,no\n");
    REQUIRE(p.error);
    CHECK(p.error->file == "ballots.csv");
    CHECK(p.error->line == 3);
    CHECK(p.error->column == 4);
    CHECK(p.error->message == "this quoted field is never closed (a \" is missing)");
    CHECK(p.records.size() == 2);
}

TEST_CASE("an unterminated quote at the very end is reported at the opening quote") {
    Parsed p = parse("voter,comment\nV1,\"");
    REQUIRE(p.error);
    CHECK(p.error->line == 2);
    CHECK(p.error->column == 4);
}

TEST_CASE("text after a closing quote is an error at that text") {
    Parsed p = parse("voter,comment\n\"V1\"x,yes\n");
    REQUIRE(p.error);
    CHECK(p.error->line == 2);
    CHECK(p.error->column == 5);
    CHECK(p.error->message.find("after a closing quote") != std::string::npos);

    Parsed space = parse("voter,comment\nV1,\"yes\" \n");
    REQUIRE(space.error);
    CHECK(space.error->line == 2);
    CHECK(space.error->column == 9);
}

TEST_CASE("a NUL byte means the file is not text") {
    std::string text = "voter,accept\nV1,ye";
    text += '\0';
    text += "s\n";
    Parsed p = parse(text);
    REQUIRE(p.error);
    CHECK(p.error->line == 2);
    CHECK(p.error->column == 6);
    CHECK(p.error->message == "NUL byte: this is not a text file");
}

TEST_CASE("a NUL byte inside a quoted field is found on its physical line") {
    std::string text = "voter,comment\nV1,\"a\nb";
    text += '\0';
    text += "\"\n";
    Parsed p = parse(text);
    REQUIRE(p.error);
    CHECK(p.error->line == 3);
    CHECK(p.error->column == 2);
    CHECK(p.error->message == "NUL byte: this is not a text file");
}

TEST_CASE("a NUL byte in the header is an error too") {
    std::string text = "vot";
    text += '\0';
    text += "er,accept\n";
    Parsed p = parse(text);
    REQUIRE(p.error);
    CHECK(p.error->line == 1);
    CHECK(p.error->column == 4);
}

TEST_CASE("more than 4096 fields in one row is an error") {
    std::string row;
    for (size_t i = 0; i <= limits::kMaxFields; ++i) row += i ? ",q" : "q";
    Parsed p = parse(row + "\n");
    REQUIRE(p.error);
    CHECK(p.error->line == 1);
    CHECK(p.error->message.find("4096") != std::string::npos);

    std::string ok;
    for (size_t i = 0; i < limits::kMaxFields; ++i) ok += i ? ",q" : "q";
    Parsed fine = parse(ok + "\n");
    CHECK_FALSE(fine.error);
    REQUIRE(fine.records.size() == 1);
    CHECK(fine.records[0].fields.size() == limits::kMaxFields);
}

// ---- the 256 KiB buffer boundary --------------------------------------------

TEST_CASE("a quoted ballot field split by the buffer boundary at every byte reads whole") {
    // Commas, a line break, a CRLF, "" escapes (one ending right at the
    // closing quote), and a CRLF after the closing quote.
    const std::string special = "\"Smith, \"\"Jo\"\"\nline two\r\nend \"\"\",\"yes\"\r\n";
    for (size_t split = 0; split <= special.size(); ++split) {
        CAPTURE(split);
        std::string text = split_at(special, split);
        check_against_reference(text);
        Parsed p = parse(text);
        REQUIRE(p.records.size() >= 4);
        const Record& r = p.records[p.records.size() - 4];
        REQUIRE(r.fields.size() == 2);
        CHECK(r.fields[0].text == "Smith, \"Jo\"\nline two\r\nend \"");
        CHECK(r.fields[1].text == "yes");
        CHECK(p.records.back().fields[1].text == "abstain");
    }
}

TEST_CASE("an unquoted ballot record split by the buffer boundary at every byte reads whole") {
    const std::string special = "V123456789,no\r\n";
    for (size_t split = 0; split <= special.size(); ++split) {
        CAPTURE(split);
        std::string text = split_at(special, split);
        check_against_reference(text);
        Parsed p = parse(text);
        const Record& r = p.records[p.records.size() - 4];
        CHECK(r.fields[0].text == "V123456789");
        CHECK(r.fields[1].text == "no");  // the CR of a CRLF split from its LF is not kept
    }
}

TEST_CASE("a blank CRLF line split by the buffer boundary is still skipped") {
    const std::string special = "\r\n\r\nV9,yes\r\n";
    for (size_t split = 0; split <= special.size(); ++split) {
        CAPTURE(split);
        std::string text = split_at(special, split);
        check_against_reference(text);
    }
}

TEST_CASE("an empty quoted field and a doubled quote split by the buffer boundary read whole") {
    const std::string special = "\"\",\"\"\"\"\n";
    for (size_t split = 0; split <= special.size(); ++split) {
        CAPTURE(split);
        std::string text = split_at(special, split);
        check_against_reference(text);
        Parsed p = parse(text);
        const Record& r = p.records[p.records.size() - 4];
        CHECK(r.fields[0].text == "");
        CHECK(r.fields[1].text == "\"");
    }
}

TEST_CASE("a byte order mark and a file smaller than the buffer read the same as a big one") {
    check_against_reference("\xEF\xBB\xBFvoter,ballot,accept\n\"a\",b,\"c\"\"\"\r\n");
}

TEST_CASE("a large export with records of every shape matches a whole-file parse") {
    // Records of every kind fall across many buffer boundaries, at varied
    // places: inside quotes, at "" and "\r\n" pairs, at commas.
    for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        CAPTURE(seed);
        std::string text = random_csv(seed, 1'200'000);
        REQUIRE(text.size() > 300 * 1024);
        check_against_reference(text);
    }
}

TEST_CASE("a record longer than the buffer makes the buffer grow") {
    std::string big(700'000, 'x');
    for (size_t i = 0; i < big.size(); i += 1000) big[i] = (i / 1000) % 3 == 0 ? ',' : '\n';
    std::string text = "voter,comment\nV0,a\n\"V1\",\"" + big + "\"\nV2,\"" + big.substr(0, 300'000) +
                       "\"\"\"\nV3,end";
    Parsed p = parse(text);
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 5);
    CHECK(p.records[2].fields[1].text == big);
    CHECK(p.records[3].fields[1].text == big.substr(0, 300'000) + "\"");
    CHECK(p.texts(4) == Row{"V3", "end"});
    check_against_reference(text);
}

TEST_CASE("a record just under 16 MiB is still read") {
    std::string text = "voter,comment\nV1,\"";
    text += std::string(limits::kMaxRecordBytes - 1024, 'c');
    text += "\"\nV2,short\n";
    Parsed p = parse(std::move(text));
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[1].fields[1].text.size() == limits::kMaxRecordBytes - 1024);
    CHECK(p.texts(2) == Row{"V2", "short"});
}

TEST_CASE("a record over 16 MiB is an error, not an endless read") {
    std::string text = "voter,comment\nV1,ok\nV2,\"";
    text += std::string(limits::kMaxRecordBytes + 1024, 'c');
    text += "\"\n";
    Parsed p = parse(std::move(text));
    REQUIRE(p.error);
    CHECK(p.error->line == 3);
    CHECK(p.error->message.find("16 MiB") != std::string::npos);
    CHECK(p.records.size() == 2);
}

// ---- a pipe delivers the file in pieces -------------------------------------------

namespace {

// Writes `text` into a pipe in pieces of `piece(i)` bytes (pausing between
// them when `pause` is set) while the reader reads it through /dev/fd, as
// `bargain tally -` reads a vendor's export piped in.
template <class Piece>
Parsed parse_through_pipe(const std::string& text, Piece piece, bool pause = false) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::thread writer([&] {
        size_t at = 0;
        for (size_t i = 0; at < text.size(); ++i) {
            size_t n = std::min(piece(i), text.size() - at);
            while (n > 0) {
                ssize_t w = ::write(fds[1], text.data() + at, n);
                if (w <= 0) break;
                at += static_cast<size_t>(w);
                n -= static_cast<size_t>(w);
            }
            if (pause) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        ::close(fds[1]);
    });
    Parsed p;
    {
        auto in = Input::open("/dev/fd/" + std::to_string(fds[0]));
        if (in.ok()) {
            p = parse_input(**in);
            (*in)->sha256();  // drains the pipe, so the writer never blocks
        }
    }
    writer.join();
    ::close(fds[0]);
    return p;
}

void check_pipe_against_reference(const std::string& text, std::uint64_t seed) {
    Lcg rng{seed};
    Parsed got = parse_through_pipe(text, [&](size_t) { return static_cast<size_t>(1 + rng.below(9000)); });
    std::vector<Record> want = reference_parse(text);
    REQUIRE_FALSE(got.error.has_value());
    REQUIRE(got.records.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        INFO("record " << i << " at line " << want[i].line);
        REQUIRE(got.records[i].line == want[i].line);
        REQUIRE(got.records[i].fields.size() == want[i].fields.size());
        for (size_t j = 0; j < want[i].fields.size(); ++j) REQUIRE(got.records[i].fields[j].text == want[i].fields[j].text);
    }
}

}  // namespace

TEST_CASE("a ballot export piped in uneven pieces reads the same as from a file") {
    for (std::uint64_t seed : {11u, 12u, 13u}) {
        CAPTURE(seed);
        check_pipe_against_reference(random_csv(seed, 900'000), seed);
    }
}

TEST_CASE("a byte order mark piped in one byte at a time is still recognised") {
    Parsed p = parse_through_pipe("\xEF\xBB\xBFvoter,accept\nV1,yes\n", [](size_t i) { return i < 3 ? size_t{1} : size_t{100}; },
                                  true);
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(0) == Row{"voter", "accept"});
}

TEST_CASE("a CRLF and a doubled quote piped apart are read whole") {
    std::string text = "voter,comment\r\nV1,\"a\"\"b\"\r\nV2,c\r\n";
    for (size_t cut = 1; cut < text.size(); ++cut) {
        CAPTURE(cut);
        Parsed p = parse_through_pipe(text, [&](size_t i) { return i == 0 ? cut : text.size(); }, true);
        REQUIRE_FALSE(p.error);
        REQUIRE(p.records.size() == 3);
        CHECK(p.texts(1) == Row{"V1", "a\"b"});
        CHECK(p.texts(2) == Row{"V2", "c"});
    }
}

TEST_CASE("columns count bytes, as yaml-cpp's positions do, so every message counts alike") {
    // "José" is four characters and five bytes: the stray y is at byte column 10.
    Parsed p = parse("voter,accept\nJos\xC3\xA9,\"x\"y\n");
    REQUIRE(p.error);
    CHECK(p.error->line == 2);
    CHECK(p.error->column == 10);
}

// ---- delimiters -------------------------------------------------------------------

TEST_CASE("a semicolon file from Excel in a German or French locale reads by its semicolons") {
    Parsed p = parse("voter;accept;comment\nV1;yes;\"Smith; Jo, and more\"\nV2;no;a,b\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.delimiter == ';');
    REQUIRE(p.records.size() == 3);
    CHECK(p.texts(0) == Row{"voter", "accept", "comment"});
    CHECK(p.texts(1) == Row{"V1", "yes", "Smith; Jo, and more"});
    CHECK(p.texts(2) == Row{"V2", "no", "a,b"});  // a comma in a semicolon file is text
    CHECK(p.records[2].fields[2].column == 7);
}

TEST_CASE("a tab-separated export reads by its tabs") {
    Parsed p = parse("voter\taccept\nV1\tyes\n\"V,2\"\t\"n\to\"\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.delimiter == '\t');
    REQUIRE(p.records.size() == 3);
    CHECK(p.texts(1) == Row{"V1", "yes"});
    CHECK(p.texts(2) == Row{"V,2", "n\to"});
}

TEST_CASE("a comma file is sniffed as one") {
    Parsed p = parse("voter,accept\nV1,yes\n");
    CHECK(p.delimiter == ',');
    CHECK(p.texts(1) == Row{"V1", "yes"});
}

TEST_CASE("the delimiter that splits the header into the most named columns wins") {
    CHECK(parse("voter;accept;strike,extra\n").delimiter == ';');       // 3 against 2
    CHECK(parse("voter,accept,strike;extra\n").delimiter == ',');
    CHECK(parse("voter\taccept\tstrike;x;\n").delimiter == '\t');       // empty fields do not count
    CHECK(parse("voter;;;;,accept,strike\n").delimiter == ',');
}

TEST_CASE("a tie goes to the comma, then the semicolon, then the tab") {
    CHECK(parse("voter;accept,strike\n").delimiter == ',');
    CHECK(parse("voter\taccept,strike\n").delimiter == ',');
    CHECK(parse("voter\taccept;strike\n").delimiter == ';');
    CHECK(parse("a,b;c\td\n").delimiter == ',');
}

TEST_CASE("a delimiter inside a quoted header cell does not count") {
    Parsed p = parse("\"Name, as listed\";voter;accept\nJo;V1;yes\n");
    CHECK(p.delimiter == ';');
    CHECK(p.texts(0) == Row{"Name, as listed", "voter", "accept"});
    CHECK(parse("\"a;b;c;d\",voter\n").delimiter == ',');
    CHECK(parse("\"a\"\";b;c;d\",voter\n").delimiter == ',');  // a "" escape does not close the quote
    // A quoted line break in the header: the sniff reads the whole header.
    Parsed multi = parse("\"Member\nID\";accept;strike\nV1;yes;no\n");
    CHECK(multi.delimiter == ';');
    CHECK(multi.texts(1) == Row{"V1", "yes", "no"});
}

TEST_CASE("a one-column header is a comma file") {
    Parsed p = parse("voter\nV1\nV2;x\n");
    CHECK(p.delimiter == ',');
    CHECK(p.texts(2) == Row{"V2;x"});
    CHECK(parse("voter;\n").delimiter == ',');
    CHECK(parse(",,\n").delimiter == ',');
    CHECK(parse("Last, First\n").delimiter == ',');  // two columns: a comma file either way
}

TEST_CASE("the header is sniffed after the blank lines before it, and once") {
    Parsed p = parse("\n\r\nvoter;accept\nV1;yes,no\n");
    CHECK(p.delimiter == ';');
    CHECK(p.records[0].line == 3);
    CHECK(p.texts(1) == Row{"V1", "yes,no"});  // not sniffed again on a later row
}

TEST_CASE("a header split by the buffer boundary is sniffed whole") {
    // A long header whose semicolons all come after the first buffer.
    std::string header = "\"" + std::string(kBuffer + 100, 'h') + "\";voter;accept\n";
    Parsed p = parse(header + "x;V1;yes\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.delimiter == ';');
    CHECK(p.texts(1) == Row{"x", "V1", "yes"});
}

TEST_CASE("a forced delimiter overrides the sniff") {
    Parsed comma = parse_with("voter;accept,strike;x\nV1;yes,no;y\n", CsvOptions{','});
    CHECK(comma.delimiter == ',');
    CHECK(comma.texts(1) == Row{"V1;yes", "no;y"});
    Parsed semicolon = parse_with("voter\nV1;yes\n", CsvOptions{';'});
    CHECK(semicolon.texts(1) == Row{"V1", "yes"});
    Parsed tab = parse_with("voter,accept\tstrike\n", CsvOptions{'\t'});
    CHECK(tab.texts(0) == Row{"voter,accept", "strike"});
}

TEST_CASE("another delimiter in a record is found outside quotes only") {
    auto other_in = [](const std::string& text, std::optional<char> forced = std::nullopt) {
        auto in = Input::from_string("f.csv", text);
        CsvReader csv(*in, CsvOptions{forced});
        std::vector<char> found;
        while (csv.next()) found.push_back(csv.other_delimiter());
        return found;
    };
    CHECK(other_in("voter,accept\nV1;yes\n") == std::vector<char>{0, ';'});
    CHECK(other_in("voter,accept\n\"V1;x\",yes\nV2,\"a\tb\",c\td\n") == std::vector<char>{0, 0, '\t'});
    CHECK(other_in("\"a;b\"\n", ',') == std::vector<char>{0});
    CHECK(other_in("a;b\n", ',') == std::vector<char>{';'});
    CHECK(other_in("a;b,c\n", '\t') == std::vector<char>{','});  // the first of comma, semicolon, tab
}

TEST_CASE("a forced delimiter other than a comma, a semicolon or a tab is an error") {
    Parsed p = parse_with("voter|accept\n", CsvOptions{'|'});
    REQUIRE(p.error);
    CHECK(p.error->message == "the delimiter must be a comma, a semicolon or a tab");
    CHECK(p.records.empty());
}

TEST_CASE("delimiters have names for the reports and the command line") {
    CHECK(std::string(delimiter_name(',')) == "comma");
    CHECK(std::string(delimiter_name(';')) == "semicolon");
    CHECK(std::string(delimiter_name('\t')) == "tab");
    CHECK(delimiter_from_name("semicolon") == ';');
    CHECK(delimiter_from_name(";") == ';');
    CHECK(delimiter_from_name("tab") == '\t');
    CHECK(delimiter_from_name("\\t") == '\t');
    CHECK(delimiter_from_name(",") == ',');
    CHECK_FALSE(delimiter_from_name("pipe"));
}

TEST_CASE("a large semicolon or tab export matches a whole-file parse") {
    for (char d : {';', '\t'}) {
        CAPTURE(static_cast<int>(d));
        std::string text = random_csv(21, 900'000, d);
        Parsed p = parse(text);
        CHECK(p.delimiter == d);
        check_records(p, reference_parse(text, d));
    }
}

// ---- line ends --------------------------------------------------------------------

TEST_CASE("a file with CR line ends (an old Mac export) reads line by line") {
    Parsed p = parse("voter,accept\rV1,yes\rV2,no\r");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 3);
    CHECK(p.texts(0) == Row{"voter", "accept"});
    CHECK(p.texts(2) == Row{"V2", "no"});
    CHECK(p.records[2].line == 3);
}

TEST_CASE("a last line ending in a lone CR keeps no CR in its last field") {
    Parsed p = parse("voter,accept\nV1,yes\r");
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(1) == Row{"V1", "yes"});
    Parsed quoted = parse("voter,accept\nV1,\"yes\"\r");
    REQUIRE(quoted.records.size() == 2);
    CHECK(quoted.texts(1) == Row{"V1", "yes"});
}

TEST_CASE("CR, LF and CRLF mixed in one file are each one line end") {
    Parsed p = parse("voter,accept\r\nV1,yes\rV2,no\nV3,abstain\r\n\rV4,\r\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 5);
    CHECK(p.texts(1) == Row{"V1", "yes"});
    CHECK(p.texts(2) == Row{"V2", "no"});
    CHECK(p.texts(3) == Row{"V3", "abstain"});
    CHECK(p.texts(4) == Row{"V4", ""});
    CHECK(p.records[4].line == 6);  // after the blank CR line
    CHECK(p.blank_lines == 1);
}

TEST_CASE("a quoted field in a CR-only file keeps its line breaks, and lines count physically") {
    Parsed p = parse("voter,comment\rV1,\"first\rsecond\rthird\"\rV2,\"x\"y\r");
    REQUIRE(p.error);
    REQUIRE(p.records.size() == 2);
    CHECK(p.texts(1) == Row{"V1", "first\rsecond\rthird"});
    CHECK(p.error->line == 5);  // the stray y after V2's closing quote
    CHECK(p.error->column == 7);
}

TEST_CASE("a field after a quoted CR is placed on its physical line") {
    Parsed p = parse("a,b,c\r\"x\ry\",z,\"w\"\r");
    REQUIRE(p.records.size() == 2);
    const auto& second = p.records[1].fields;
    CHECK(second[1].line == 3);
    CHECK(second[1].column == 4);
    CHECK(second[2].column == 6);
}

TEST_CASE("blank lines of every line end are skipped and counted") {
    Parsed p = parse("\nvoter,accept\n\r\n\rV1,yes\n\n\r");
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[1].line == 5);
    CHECK(p.blank_lines == 5);
    CHECK(parse("voter,accept\nV1,yes\n").blank_lines == 0);
}

TEST_CASE("a large CR-only export matches a whole-file parse") {
    check_against_reference(random_csv(31, 900'000, ',', "cr"));
}

TEST_CASE("a CR split from its LF by the buffer boundary is one line end") {
    for (const std::string special : {"V12345678,no\r\n", "V1,\"a\r\nb\"\r\n", "\r\n\rV9,yes\r"}) {
        for (size_t split = 0; split <= special.size(); ++split) {
            CAPTURE(split);
            check_against_reference(split_at(special, split));
        }
    }
}

// ---- byte order marks and encodings ------------------------------------------------

TEST_CASE("two byte order marks (Excel re-saving a file that had one) are both skipped") {
    Parsed p = parse("\xEF\xBB\xBF\xEF\xBB\xBFvoter,accept\nV1,yes\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.texts(0) == Row{"voter", "accept"});
    CHECK(p.records[0].fields[1].column == 7);
    CHECK(p.encoding == TextEncoding::utf8_bom);
    CHECK(parse("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF\"voter\",accept\n").texts(0) == Row{"voter", "accept"});
}

TEST_CASE("a byte order mark after the start is text, not skipped") {
    Parsed p = parse("voter,accept\n\xEF\xBB\xBFV1,yes\n");
    CHECK(p.texts(1) == Row{"\xEF\xBB\xBFV1", "yes"});
}

TEST_CASE("the encoding is reported") {
    CHECK(parse("voter,accept\n").encoding == TextEncoding::utf8);
    CHECK(parse("\xEF\xBB\xBFvoter,accept\n").encoding == TextEncoding::utf8_bom);
    CHECK(parse(utf16("voter,accept\n", true)).encoding == TextEncoding::utf16le);
    CHECK(parse(utf16("voter,accept\n", false)).encoding == TextEncoding::utf16be);
    CHECK(std::string(encoding_name(TextEncoding::utf8)) == "UTF-8");
    CHECK(std::string(encoding_name(TextEncoding::utf8_bom)) == "UTF-8 with BOM");
    CHECK(std::string(encoding_name(TextEncoding::utf16le)) == "UTF-16LE");
    CHECK(std::string(encoding_name(TextEncoding::utf16be)) == "UTF-16BE");
}

TEST_CASE("an Excel \"Unicode Text\" file (UTF-16LE, tabs) reads as its text") {
    const std::string text = "voter\taccept\tcomment\r\nV1\tyes\t\"José, \xF0\x9F\x97\xB3\"\r\nV2\tno\tZoë\r\n";
    Parsed p = parse(utf16(text, true));
    REQUIRE_FALSE(p.error);
    CHECK(p.delimiter == '\t');
    CHECK(p.encoding == TextEncoding::utf16le);
    REQUIRE(p.records.size() == 3);
    CHECK(p.texts(1) == Row{"V1", "yes", "José, \xF0\x9F\x97\xB3"});
    CHECK(p.texts(2) == Row{"V2", "no", "Zoë"});
    // Places are those of the same text in UTF-8.
    check_records(p, reference_parse(text, '\t'));
}

TEST_CASE("a UTF-16BE file reads as its text") {
    const std::string text = "voter;accept\nV1;\xF0\x9F\x97\xB3 yes\n";
    Parsed p = parse(utf16(text, false));
    REQUIRE_FALSE(p.error);
    CHECK(p.encoding == TextEncoding::utf16be);
    CHECK(p.delimiter == ';');
    CHECK(p.texts(1) == Row{"V1", "\xF0\x9F\x97\xB3 yes"});
}

TEST_CASE("a UTF-16 file that starts with its byte order mark twice loses neither column") {
    Parsed p = parse(utf16("\xEF\xBB\xBFvoter\taccept\n", true));
    CHECK(p.texts(0) == Row{"voter", "accept"});
}

TEST_CASE("a UTF-16 surrogate pair split by the transcoder's chunk boundary is one character") {
    // The transcoder reads 64 KiB chunks after the 2-byte mark; one of these
    // fillers puts the ballot box's two halves in different chunks.
    const std::string box = "\xF0\x9F\x97\xB3";
    for (bool le : {true, false}) {
        for (size_t filler = 32760; filler < 32768; ++filler) {
            CAPTURE(le);
            CAPTURE(filler);
            std::string text = "voter,comment\n";
            text += "V0,\"" + std::string(filler - text.size() - 6, 'x') + "\"\n";
            REQUIRE(text.size() == filler);
            text += "V1," + box + box + "\nV2," + box + "\n";
            Parsed p = parse(utf16(text, le));
            REQUIRE_FALSE(p.error);
            REQUIRE(p.records.size() == 4);
            CHECK(p.texts(2) == Row{"V1", box + box});
            CHECK(p.texts(3) == Row{"V2", box});
        }
    }
}

TEST_CASE("a large UTF-16 export, from memory or piped in pieces, reads as the same file in UTF-8") {
    std::string text = random_csv(41, 700'000);
    std::vector<Record> want = reference_parse(text);
    check_records(parse(utf16(text, true)), want);
    check_records(parse(utf16(text, false)), want);
    Lcg rng{42};
    Parsed piped =
        parse_through_pipe(utf16(text, true), [&](size_t) { return static_cast<size_t>(1 + rng.below(9000)); });
    check_records(piped, want);
}

TEST_CASE("the SHA-256 of a UTF-16 file is that of its bytes on disk") {
    std::string bytes = utf16("voter\taccept\nV1\tyes\n", true);
    auto in = Input::from_string("ballots.txt", bytes);
    Parsed p = parse_input(*in);
    REQUIRE(p.records.size() == 2);
    auto raw = Input::from_string("raw", bytes);
    CHECK(in->sha256() == raw->sha256());
    CHECK(in->size() == bytes.size());
}

TEST_CASE("a UTF-16 file with an odd number of bytes is an error where its text ends") {
    std::string bytes = utf16("voter\taccept\nV1\tyes\n", true) + "x";
    Parsed p = parse(bytes);
    REQUIRE(p.error);
    CHECK(p.records.size() == 2);
    CHECK(p.error->line == 3);
    CHECK(p.error->column == 1);
    CHECK(p.error->message ==
          "this UTF-16 file ends in the middle of a character (an odd number of bytes): was it cut short?");
}

TEST_CASE("an unpaired UTF-16 surrogate is an error at its place") {
    std::string head = utf16("voter\taccept\nV1\tye", true);
    // A high half followed by a letter, a low half alone, a high half at the end.
    for (std::string tail : {std::string("\x3D\xD8s\0\n\0", 6), std::string("\x00\xDCs\0\n\0", 6), std::string("\x3D\xD8", 2)}) {
        Parsed p = parse(head + tail);
        REQUIRE(p.error);
        CHECK(p.error->line == 2);
        CHECK(p.error->column == 6);
        CHECK(p.error->message.find("is half of a character whose other half is missing") != std::string::npos);
        CHECK(p.error->message.find("\"CSV UTF-8\"") != std::string::npos);
    }
    Parsed high = parse(head + std::string("\x3D\xD8s\0", 4));
    CHECK(high.error->message.rfind("UTF-16 code unit 0xD83D ", 0) == 0);
    Parsed be = parse(utf16("voter\n", false) + std::string("\xDC\x00", 2));
    REQUIRE(be.error);
    CHECK(be.error->message.rfind("UTF-16 code unit 0xDC00 ", 0) == 0);
    CHECK(be.error->line == 2);
}

TEST_CASE("a U+0000 in a UTF-16 file is a NUL byte, found at its place") {
    Parsed p = parse(utf16("voter\taccept\nV1\ty", true) + std::string("\0\0", 2));
    REQUIRE(p.error);
    CHECK(p.error->message == "NUL byte: this is not a text file");
    CHECK(p.error->line == 2);
    CHECK(p.error->column == 5);
}

TEST_CASE("UTF-16 without a byte order mark is refused with what to do") {
    const std::string want =
        "this file looks like UTF-16 without a byte order mark: save it from your spreadsheet as \"CSV UTF-8\"";
    for (bool le : {true, false}) {
        Parsed p = parse(utf16("voter\taccept\nV1\tyes\n", le, false));
        REQUIRE(p.error);
        CHECK(p.error->message == want);
        CHECK(p.error->line == 1);
        CHECK(p.error->column == 1);
        CHECK(p.records.empty());
    }
}

TEST_CASE("a Latin-1 or Windows-1252 byte is an error at its line and column") {
    Parsed p = parse("voter,accept\nV1,yes\nJos\xE9,no\n");
    REQUIRE(p.error);
    CHECK(p.records.size() == 2);
    CHECK(p.error->line == 3);
    CHECK(p.error->column == 4);
    CHECK(p.error->message ==
          "byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as \"CSV UTF-8\"");

    Parsed quoted = parse("voter,comment\nV1,\"it\x92s\nfine\"\n");  // a Windows-1252 apostrophe
    REQUIRE(quoted.error);
    CHECK(quoted.error->line == 2);
    CHECK(quoted.error->column == 7);
    CHECK(quoted.error->message.rfind("byte 0x92 is not UTF-8", 0) == 0);

    Parsed later_line = parse("voter,comment\nV1,\"a\nb\xFF\"\n");
    REQUIRE(later_line.error);
    CHECK(later_line.error->line == 3);
    CHECK(later_line.error->column == 2);

    Parsed header = parse("voter,acc\xFF" "ept\n");
    REQUIRE(header.error);
    CHECK(header.error->line == 1);
    CHECK(header.error->column == 10);
}

TEST_CASE("overlong forms, UTF-8 surrogates, code points past U+10FFFF and cut sequences are not UTF-8") {
    struct Case {
        std::string bytes;
        std::string byte;
    };
    for (const Case& c : {Case{"\xC0\xAF", "0xC0"}, Case{"\xE0\x80\xAF", "0xE0"}, Case{"\xF0\x80\x80\xAF", "0xF0"},
                          Case{"\xED\xA0\x80", "0xED"}, Case{"\xF4\x90\x80\x80", "0xF4"}, Case{"\xF8\x88\x80\x80\x80", "0xF8"},
                          Case{"\xC3", "0xC3"}, Case{"\xE2\x82", "0xE2"}, Case{"\x80", "0x80"}}) {
        CAPTURE(c.byte);
        Parsed unquoted = parse("voter,accept\nV1,y" + c.bytes + "\n");
        REQUIRE(unquoted.error);
        CHECK(unquoted.error->message.rfind("byte " + c.byte + " is not UTF-8", 0) == 0);
        CHECK(unquoted.error->column == 5);
        Parsed quoted = parse("voter,accept\nV1,\"y" + c.bytes + "\"\n");
        REQUIRE(quoted.error);
        CHECK(quoted.error->column == 6);
        Parsed at_end = parse("voter,accept\nV1,y" + c.bytes);  // no more input to complete it
        REQUIRE(at_end.error);
        CHECK(at_end.error->column == 5);
    }
}

TEST_CASE("every well-formed UTF-8 length reads, the largest code points included") {
    const std::string text = "voter,accept\n\xC2\x80\xDF\xBF,\xE0\xA0\x80\xEF\xBF\xBF\xED\x9F\xBF\n\"\xF0\x90\x80\x80\",\xF4\x8F\xBF\xBF\n";
    check_against_reference(text);
}

TEST_CASE("a UTF-8 character split by the buffer boundary at every byte reads whole") {
    for (const std::string special : {"Jos\xC3\xA9,\xE2\x82\xAC\n", "\"\xF0\x9F\x97\xB3\",\xF0\x9F\x97\xB3\r\n"}) {
        for (size_t split = 0; split <= special.size(); ++split) {
            CAPTURE(split);
            check_against_reference(split_at(special, split));
        }
    }
}

TEST_CASE("a bad byte split from its lead by the buffer boundary is found at its lead") {
    for (size_t split = 0; split <= 6; ++split) {
        CAPTURE(split);
        Parsed p = parse(split_at("Jos\xC3(,no\n", split));
        REQUIRE(p.error);
        CHECK(p.error->column == 4);
        CHECK(p.error->message.rfind("byte 0xC3 is not UTF-8", 0) == 0);
    }
}

TEST_CASE("a NUL byte at the start of a file (/dev/zero) is not text") {
    Parsed p = parse(std::string(64, '\0'));
    REQUIRE(p.error);
    CHECK(p.error->message == "NUL byte: this is not a text file");
    CHECK(p.error->line == 1);
    CHECK(p.error->column == 1);
}

TEST_CASE("a NUL byte right after a byte order mark is at column 1") {
    Parsed p = parse(std::string("\xEF\xBB\xBF\0voter", 9));
    REQUIRE(p.error);
    CHECK(p.error->column == 1);
}

TEST_CASE("a header of NULs longer than the record limit is a NUL byte, found at once") {
    Parsed p = parse(std::string(limits::kMaxRecordBytes + 1024, '\0'));
    REQUIRE(p.error);
    CHECK(p.error->message == "NUL byte: this is not a text file");
    CHECK(p.error->column == 1);
}

TEST_CASE("fields longer than a 64-byte block, and stops on either side of a block's edge") {
    // The field scan compares 64 bytes at a time (stop_scan.h): a field of
    // any length, with its delimiter, its accented letter or its quote on
    // either side of where a block ends, reads as the byte loop reads it.
    for (std::size_t width : {1, 62, 63, 64, 65, 100, 127, 128, 129, 300}) {
        CAPTURE(width);
        std::string a(width, 'a'), accented = std::string(width, 'b') + "\xc3\xa9";
        std::string quoted = std::string(width, 'c') + "\"\",\n" + std::string(width, 'd');
        Parsed p = parse("x,y,z\n" + a + "," + accented + ",\"" + quoted + "\"\n" + a + ",,\n");
        REQUIRE(!p.error);
        REQUIRE(p.records.size() == 3);
        CHECK(p.records[1].fields[0].text == a);
        CHECK(p.records[1].fields[1].text == accented);
        CHECK(p.records[1].fields[2].text == std::string(width, 'c') + "\",\n" + std::string(width, 'd'));
        CHECK(p.records[1].fields[2].column == static_cast<long long>(2 * width + 5));
        CHECK(p.records[2].line == 4);
        CHECK(p.records[2].fields[0].text == a);
        // A byte that is not UTF-8, and a NUL, found at their column past a block.
        Parsed latin = parse("x,y\n" + a + ",\xfc\n");
        REQUIRE(latin.error);
        CHECK(latin.error->line == 2);
        CHECK(latin.error->column == static_cast<long long>(width + 2));
        Parsed nul = parse("x,y\n" + a + std::string(1, '\0') + ",z\n");
        REQUIRE(nul.error);
        CHECK(nul.error->column == static_cast<long long>(width + 1));
    }
}
