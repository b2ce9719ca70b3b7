// The streaming CSV reader: RFC 4180 as e-voting vendors and spreadsheets
// write it, physical line numbers a person can find in an editor, and the
// 256 KiB buffer boundary, where streaming parsers break.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "ballot_reader.h"
#include "csv_reader.h"
#include "input.h"
#include "input_limits.h"

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

    std::vector<std::string> texts(size_t i) const {
        std::vector<std::string> out;
        for (const Field& f : records.at(i).fields) out.push_back(f.text);
        return out;
    }
};

Parsed parse_input(Input& in) {
    CsvReader csv(in);
    Parsed p;
    while (csv.next()) {
        Record r{csv.line(), {}};
        for (size_t i = 0; i < csv.fields().size(); ++i)
            r.fields.push_back({std::string(csv.fields()[i]), csv.field_line(i), csv.field_column(i)});
        p.records.push_back(std::move(r));
    }
    p.error = csv.error();
    return p;
}

Parsed parse(std::string text, std::string name = "ballots.csv") {
    auto in = Input::from_string(std::move(name), std::move(text));
    return parse_input(*in);
}

using Row = std::vector<std::string>;

// An obviously correct, whole-string RFC 4180 parser for well-formed input,
// to compare the streaming reader against.
std::vector<Record> reference_parse(const std::string& s) {
    std::vector<Record> out;
    size_t p = 0;
    long long line = 1;
    size_t line_start = 0;
    if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) p = line_start = 3;
    while (p < s.size()) {
        if (s[p] == '\n') {
            ++p;
            ++line;
            line_start = p;
            continue;
        }
        if (s.compare(p, 2, "\r\n") == 0) {
            p += 2;
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
                    if (s[p] == '\n') {
                        ++line;
                        line_start = p + 1;
                    }
                    f.text += s[p++];
                }
            } else {
                while (p < s.size() && s[p] != ',' && s[p] != '\n') f.text += s[p++];
                if (p < s.size() && s[p] == '\n' && !f.text.empty() && f.text.back() == '\r') f.text.pop_back();
            }
            r.fields.push_back(f);
            if (p >= s.size()) break;
            if (s[p] == ',') {
                ++p;
                continue;
            }
            if (s[p] == '\r') ++p;
            ++p;  // '\n'
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
void check_against_reference(const std::string& text) {
    Parsed got = parse(text);
    std::vector<Record> want = reference_parse(text);
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
    static const char* pieces[] = {"a", "Z", "7", " ", ",", "\n", "\r\n", "\"\"", "é", "yes", "no"};
    std::string s = "\"";
    while (s.size() < length) s += pieces[rng.below(11)];
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

std::string random_csv(std::uint64_t seed, size_t bytes) {
    Lcg rng{seed};
    std::string s = "voter,ballot,accept\r\n";
    while (s.size() < bytes) {
        for (int f = 0; f < 3; ++f) {
            if (f) s += ',';
            std::uint32_t kind = rng.below(10);
            if (kind < 4) s += random_unquoted(rng, rng.below(24));
            else if (kind < 9) s += random_quoted(rng, rng.below(120));
            else s += random_quoted(rng, 1000 + rng.below(40000));  // a long comment-like cell
        }
        std::uint32_t end = rng.below(10);
        s += end < 5 ? "\n" : "\r\n";
        if (end == 9) s += rng.below(2) ? "\n" : "\r\n";  // a blank line
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
    void ballot(const BallotRecord&) override {}
    void site_return(const SiteReturn&) override {}
};
}  // namespace

TEST_CASE("a ballot row with too few fields is an error naming its line") {
    auto in = Input::from_string("ballots.csv", "voter,ballot,accept\nV1,S1,yes\nV2,S2\n");
    NullSink sink;
    auto read = read_ballots(*in, 0, sink);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().file == "ballots.csv");
    CHECK(read.error().line == 3);
    CHECK(read.error().message.find("this row has 2 fields but the header has 3") != std::string::npos);
}

TEST_CASE("a ballot row with too many fields is an error naming its line") {
    auto in = Input::from_string("ballots.csv", "voter,accept\r\nV1,yes,no\r\n");
    NullSink sink;
    auto read = read_ballots(*in, 0, sink);
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
