// YAML ballot files, as people write them by hand: question texts, ballots,
// paper returns from a counting site, and every mistake located at the
// 1-based line and column where it is.
#include <doctest/doctest.h>

#include "test_support.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <thread>
#include <vector>

#include "io/file_format.h"
#include "io/input.h"
#include "tally/ballot_reader.h"

using namespace bargain;

namespace {

struct Paper {
    long long line;
    std::string voter, ballot, unit;
    std::optional<DateTime> cast_at;
    std::map<std::string, std::string> answers;  // question id -> answer name
};

struct Return {
    long long line;
    std::string unit, site;
    std::map<std::string, AnswerCounts> counts;
};

// Records what the reader hands over, by question id.
class Recorder : public BallotSink {
public:
    std::vector<std::string> ids;
    std::map<std::string, std::string> texts;
    std::vector<Paper> papers;
    std::vector<Return> returns;
    std::optional<std::string> only;

    std::uint32_t question(std::string_view id) override {
        if (only && id != *only) return kSkipQuestion;
        for (std::uint32_t i = 0; i < ids.size(); ++i)
            if (ids[i] == id) return i;
        ids.emplace_back(id);
        return static_cast<std::uint32_t>(ids.size() - 1);
    }
    void question_text(std::uint32_t q, std::string_view text) override { texts[ids.at(q)] = std::string(text); }
    std::optional<Diagnostic> ballot(const BallotRecord& r) override {
        Paper p{r.line, std::string(r.voter), std::string(r.ballot), std::string(r.unit), r.cast_at, {}};
        for (const Mark& m : r.marks) p.answers[ids.at(m.question)] = answer_name(m.answer);
        papers.push_back(std::move(p));
        return std::nullopt;
    }
    std::optional<Diagnostic> site_return(const SiteReturn& r) override {
        Return out{r.line, std::string(r.unit), std::string(r.site), {}};
        for (const auto& [q, c] : r.counts) out.counts[ids.at(q)] = c;
        returns.push_back(std::move(out));
        return std::nullopt;
    }
};

struct Read {
    Result<long long> result;
    Recorder sink;
};

Read read(const std::string& yaml, const std::string& name = "ballots.yaml") {
    auto in = Input::from_string(name, yaml);
    Read r{0LL, {}};
    r.result = test::read_ballot_records(*in, 0, r.sink);
    return r;
}

Diagnostic error_of(const std::string& yaml) {
    Read r = read(yaml);
    if (r.result.ok()) FAIL("expected an error for:\n" << yaml);
    return r.result.error();
}

std::string where(const Diagnostic& d) { return std::to_string(d.line) + ":" + std::to_string(d.column); }

}  // namespace

TEST_CASE("a YAML ballot file gives question texts, ballots and returns") {
    Read r = read(
        "bargain: 1\n"
        "questions:                      # optional: text for each question id\n"
        "  accept: Do you accept the employer's last, best offer?\n"
        "ballots:\n"
        "  - {voter: V00017, unit: ifpe-4408, cast_at: 2020-01-14T12:02, accept: no, strike: yes}\n"
        "  - voter: V00018\n"
        "    ballot: S-18\n"
        "    accept: Yes\n"
        "returns:                        # counts from paper ballots counted at a site\n"
        "  - {unit: ifise-4407, site: Chicago, accept: {yes: 4, no: 19, abstain: 1, void: 0}}\n");
    REQUIRE(r.result.ok());
    CHECK(*r.result == 2);  // returns are not ballot records
    CHECK(r.sink.texts["accept"] == "Do you accept the employer's last, best offer?");
    REQUIRE(r.sink.papers.size() == 2);
    const Paper& first = r.sink.papers[0];
    CHECK(first.line == 5);
    CHECK(first.voter == "V00017");
    CHECK(first.unit == "ifpe-4408");
    REQUIRE(first.cast_at.has_value());
    CHECK(first.cast_at->has_time);
    CHECK(first.answers.at("accept") == "no");
    CHECK(first.answers.at("strike") == "yes");
    const Paper& second = r.sink.papers[1];
    CHECK(second.line == 6);
    CHECK(second.ballot == "S-18");
    CHECK(second.answers.at("accept") == "yes");
    CHECK(second.answers.count("strike") == 0);  // undeclared and left out: not on this paper
    REQUIRE(r.sink.returns.size() == 1);
    const Return& ret = r.sink.returns[0];
    CHECK(ret.line == 10);
    CHECK(ret.unit == "ifise-4407");
    CHECK(ret.site == "Chicago");
    CHECK(ret.counts.at("accept").yes == 4);
    CHECK(ret.counts.at("accept").no == 19);
    CHECK(ret.counts.at("accept").abstain == 1);
    CHECK(ret.counts.at("accept").spoiled == 0);
}

TEST_CASE("YAML answers read like CSV answers") {
    Read r = read(
        "ballots:\n"
        "  - {voter: V1, a: yes, b: \"no\", c: ABSTAIN, d: , e: maybe, f: 1, g: ''}\n");
    REQUIRE(r.result.ok());
    const auto& a = r.sink.papers.at(0).answers;
    CHECK(a.at("a") == "yes");
    CHECK(a.at("b") == "no");
    CHECK(a.at("c") == "abstain");
    CHECK(a.at("d") == "blank");
    CHECK(a.at("e") == "void");
    CHECK(a.at("f") == "void");
    CHECK(a.at("g") == "blank");
}

TEST_CASE("a declared question a ballot leaves out was left blank") {
    Read r = read("questions:\n  accept: Accept?\n  strike: Strike?\nballots:\n  - {voter: V1, accept: yes}\n");
    REQUIRE(r.result.ok());
    CHECK(r.sink.papers.at(0).answers.at("strike") == "blank");
    CHECK(r.sink.papers.at(0).answers.at("accept") == "yes");
}

TEST_CASE("an empty ballot list and a file of only questions are fine") {
    Read r = read("bargain: 1\nquestions:\n  accept: Accept?\nballots:\nreturns: []\n");
    REQUIRE(r.result.ok());
    CHECK(*r.result == 0);
    CHECK(r.sink.ids == std::vector<std::string>{"accept"});
}

TEST_CASE("a document start marker and CRLF line endings are fine") {
    Read r = read("---\r\nballots:\r\n  - {voter: V1, accept: yes}\r\n...\r\n");
    REQUIRE(r.result.ok());
    CHECK(*r.result == 1);
}

TEST_CASE("an alias may stand for a single answer") {
    Read r = read("ballots:\n  - {voter: V1, accept: &y yes}\n  - {voter: V2, accept: *y}\n");
    REQUIRE(r.result.ok());
    REQUIRE(r.sink.papers.size() == 2);
    CHECK(r.sink.papers[1].answers.at("accept") == "yes");
}

// ---- errors, each at its line and column ---------------------------------------------

TEST_CASE("invalid YAML syntax is an error at its place") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: yes\n");
    CHECK(d.file == "ballots.yaml");
    CHECK(d.line >= 2);
    CHECK(d.column >= 1);
    CHECK(d.message.rfind("invalid YAML", 0) == 0);

    Diagnostic tab = error_of("ballots:\n  - voter: V1\n\t accept: yes\n");
    CHECK(tab.line >= 2);
}

TEST_CASE("a ballot that is a list instead of a mapping is an error at it") {
    Diagnostic d = error_of("ballots:\n  - [V1, yes]\n");
    CHECK(where(d) == "2:5");
    CHECK(d.message.find("should be a mapping") != std::string::npos);
    CHECK(d.message.find("found a list") != std::string::npos);
}

TEST_CASE("ballots that are not a list are an error at the value") {
    Diagnostic d = error_of("ballots: yes\n");
    CHECK(where(d) == "1:10");
    CHECK(d.message.find("should be a list") != std::string::npos);
}

TEST_CASE("an answer that is a mapping is an error at the answer, without quoting it") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: {x: 1}}\n");
    CHECK(where(d) == "2:25");
    CHECK(d.message.find("'accept'") != std::string::npos);
}

TEST_CASE("a voter id that is a list is an error") {
    Diagnostic d = error_of("ballots:\n  - voter: [V1, V2]\n    accept: yes\n");
    CHECK(where(d) == "2:12");
    CHECK(d.message.find("'voter' should be text") != std::string::npos);
}

TEST_CASE("an unknown top-level key is an error with a did-you-mean") {
    Diagnostic d = error_of("bargain: 1\nbalots:\n  - {voter: V1, accept: yes}\n");
    CHECK(where(d) == "2:1");
    CHECK(d.message.find("unknown key 'balots'") != std::string::npos);
    CHECK(d.help == "did you mean 'ballots'?");
}

TEST_CASE("a duplicate top-level key is an error at the second one") {
    Diagnostic d = error_of("bargain: 1\nballots: []\nballots:\n  - {voter: V1, accept: yes}\n");
    CHECK(where(d) == "3:1");
    CHECK(d.message == "duplicate key 'ballots' (first at line 2)");
}

TEST_CASE("a duplicate key inside a ballot is an error at the second one") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: yes, accept: no}\n");
    CHECK(where(d) == "2:30");
    CHECK(d.message.find("duplicate key 'accept'") != std::string::npos);
}

TEST_CASE("a question key that is an earlier one with blanks or in another case is the same question twice") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: yes, \" accept\": yes}\n");
    CHECK(where(d) == "2:30");
    CHECK(d.message == "the question 'accept' appears twice in this ballot: 'accept' (line 2) and ' accept'");
    CHECK(error_of("ballots:\n  - {voter: V1, Accept: yes,\n     accept: no}\n").message ==
          "the question 'accept' appears twice in this ballot: 'Accept' (line 2) and 'accept'");
}

TEST_CASE("voter and Voter in one ballot are the voter twice, not a new voter") {
    Diagnostic d = error_of("ballots:\n  - {voter: V2, Voter: V1, accept: yes}\n");
    CHECK(where(d) == "2:17");
    CHECK(d.message == "the 'voter' key appears twice in this ballot: 'voter' (line 2) and 'Voter'");
}

TEST_CASE("questions that differ inside the words are different questions") {
    Read r = read("ballots:\n  - {voter: V1, accept offer: yes, acceptoffer: no, strike: yes}\n");
    REQUIRE(r.result.ok());
    CHECK(r.sink.papers.at(0).answers.size() == 3);
}

TEST_CASE("an alias for a whole ballot is refused") {
    Diagnostic d = error_of("ballots:\n  - &b {voter: V1, accept: yes}\n  - *b\n");
    CHECK(where(d) == "3:5");
    CHECK(d.message.find("alias") != std::string::npos);
}

TEST_CASE("an alias for a list is refused") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, x: &l [yes], accept: *l}\n");
    CHECK(d.line == 2);
    CHECK(d.message.find("alias") != std::string::npos);
}

TEST_CASE("a second YAML document is refused, not silently dropped") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: yes}\n---\nballots:\n  - {voter: V2, accept: no}\n");
    CHECK(d.line == 3);
    CHECK(d.message.find("second YAML document") != std::string::npos);
}

TEST_CASE("100000 opening brackets are an error, not a crash") {
    Diagnostic d = error_of("ballots:\n  - " + std::string(100000, '['));
    CHECK(d.line == 2);
    Diagnostic braces = error_of("questions: " + std::string(100000, '{'));
    CHECK(braces.line == 1);
    Diagnostic top = error_of(std::string(100000, '['));
    CHECK(top.line == 1);
    Diagnostic top_map = error_of(std::string(100000, '{'));
    CHECK(top_map.line == 1);
}

TEST_CASE("nesting deeper than 16 in one ballot is an error") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: " + std::string(20, '[') + std::string(20, ']') + "}\n");
    CHECK(d.line == 2);
    CHECK(d.message.find("nesting too deep") != std::string::npos);
}

TEST_CASE("questions after ballots is an error at the questions key") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: yes}\nquestions:\n  accept: Accept?\n");
    CHECK(where(d) == "3:1");
    CHECK(d.message.find("before 'ballots:'") != std::string::npos);
}

TEST_CASE("questions after returns is an error too") {
    Diagnostic d = error_of("returns: []\nquestions:\n  accept: Accept?\n");
    CHECK(where(d) == "2:1");
}

TEST_CASE("a format version other than 1 is refused") {
    Diagnostic d = error_of("bargain: 2\nballots: []\n");
    CHECK(where(d) == "1:10");
    CHECK(d.message.find("bargain: 1") != std::string::npos);
}

TEST_CASE("an empty YAML ballot file is an error") {
    Diagnostic d = error_of("");
    CHECK(d.message.find("expected a mapping") != std::string::npos);
    Diagnostic comment = error_of("# nothing yet\n");
    CHECK(comment.message.find("expected a mapping") != std::string::npos);
}

TEST_CASE("a YAML ballot file that is a list at the top is an error") {
    Diagnostic d = error_of("- {voter: V1, accept: yes}\n");
    CHECK(where(d) == "1:1");
    CHECK(d.message.find("expected a mapping") != std::string::npos);
}

TEST_CASE("questions that are not a mapping are an error") {
    Diagnostic d = error_of("questions: [accept, strike]\n");
    CHECK(where(d) == "1:12");
}

TEST_CASE("a reserved name cannot be a question id") {
    Diagnostic d = error_of("questions: {voter: Who are you}\n");
    CHECK(where(d) == "1:13");
}

TEST_CASE("an invalid cast_at in a YAML ballot is an error at the value") {
    Diagnostic d = error_of("ballots:\n  - voter: V1\n    cast_at: 2026-02-30T10:00\n    accept: yes\n");
    CHECK(where(d) == "3:14");
    CHECK(d.message.find("no such date") != std::string::npos);
}

TEST_CASE("a return count must be a whole number") {
    Diagnostic d = error_of("returns:\n  - {unit: a, accept: {yes: four}}\n");
    CHECK(where(d) == "2:29");
    CHECK(error_of("returns:\n  - {unit: a, accept: {yes: -4}}\n").line == 2);
    CHECK(error_of("returns:\n  - {unit: a, accept: {yes: 4.5}}\n").line == 2);
    CHECK(error_of("returns:\n  - {unit: a, accept: {yes: 1234567890123}}\n").line == 2);
}

TEST_CASE("an unknown kind of count in a return suggests the right one") {
    Diagnostic d = error_of("returns:\n  - {unit: a, accept: {yes: 4, noo: 19}}\n");
    CHECK(where(d) == "2:32");
    CHECK(d.help == "did you mean 'no'?");
}

TEST_CASE("a return that is not counts is an error") {
    CHECK(error_of("returns:\n  - {unit: a, accept: 4}\n").line == 2);
    CHECK(error_of("returns:\n  - {unit: a, voter: V1}\n").message.find("'voter' has no meaning in a return") !=
          std::string::npos);
}

TEST_CASE("a voter id over 1024 bytes is an error") {
    Diagnostic d = error_of("ballots:\n  - {voter: " + std::string(1025, 'v') + ", accept: yes}\n");
    CHECK(d.line == 2);
    CHECK(d.message.find("1024") != std::string::npos);
}

// ---- telling YAML from CSV -------------------------------------------------------------

TEST_CASE("a ballot file named without a telling extension is sniffed") {
    auto yaml = Input::from_string("ballots.txt", "# mail ballots\nballots:\n  - {voter: V1, accept: yes}\n");
    CHECK(guess_format(*yaml) == FileFormat::yaml);
    auto csv = Input::from_string("-", "voter,accept\nV1,yes\n");
    CHECK(guess_format(*csv) == FileFormat::csv);
    auto doc = Input::from_string("-", "\n\n---\nballots: []\n");
    CHECK(guess_format(*doc) == FileFormat::yaml);
    auto time_in_csv = Input::from_string("-", "voter,cast_at,accept\n");
    CHECK(guess_format(*time_in_csv) == FileFormat::csv);
}

TEST_CASE("the extension decides when it tells") {
    auto yaml = Input::from_string("BALLOTS.YML", "voter,accept\n");
    CHECK(guess_format(*yaml) == FileFormat::yaml);
    auto csv = Input::from_string("ballots.csv", "ballots:\n");
    CHECK(guess_format(*csv) == FileFormat::csv);
}

TEST_CASE("a sniffed YAML ballot file reads the same as a named one") {
    Read r = read("ballots:\n  - {voter: V1, accept: yes}\n", "-");
    REQUIRE(r.result.ok());
    CHECK(*r.result == 1);
}

// ---- text that is not what it seems -------------------------------------------------

TEST_CASE("a NUL byte in a YAML ballot file means it is not text") {
    std::string text = "ballots:\n  - {voter: V1, accept: ye";
    text += '\0';
    text += "s}\n";
    Diagnostic d = error_of(text);
    CHECK(d.message == "NUL byte: this is not a text file");
    CHECK(where(d) == "2:27");
}

TEST_CASE("an unclosed quote in a YAML ballot is an error at the opening quote") {
    Diagnostic d = error_of("ballots:\n  - voter: \"V1\n    accept: yes\n  - voter: V2\n    accept: no\n");
    CHECK(where(d) == "2:12");
}

TEST_CASE("an unclosed quote in the last YAML ballot is an error too") {
    Diagnostic d = error_of("ballots:\n  - {voter: V1, accept: yes}\n  - voter: 'V2\n");
    CHECK(d.line == 3);
}

TEST_CASE("an unclosed quote after a byte order mark is found at the opening quote") {
    Diagnostic d = error_of("\xEF\xBB\xBF" "ballots:\n  - voter: \"V1\n    accept: yes\n  - voter: V2\n    accept: no\n");
    CHECK(where(d) == "2:12");
}

TEST_CASE("a byte order mark does not make a closed quote look open") {
    // With the BOM miscounted, the check would look 3 bytes early, at the
    // apostrophe in x', and find no closing apostrophe after it.
    Read r = read("\xEF\xBB\xBF" "ballots:\n  - {voter: x', \"accept\": yes}\n");
    REQUIRE(r.result.ok());
    CHECK(*r.result == 1);
}

TEST_CASE("an unclosed quote in a question text is found however much follows") {
    std::string text = "questions:\n  accept: \"Do you accept the offer?\nballots:\n";
    for (int i = 0; i < 80000; ++i) text += "  - {voter: V" + std::to_string(i) + ", accept: yes}\n";
    REQUIRE(text.size() > (2u << 20));
    Read r = read(text);
    INFO("read " << (r.result.ok() ? std::to_string(*r.result) + " ballots" : r.result.error().located()));
    REQUIRE_FALSE(r.result.ok());
    CHECK(where(r.result.error()) == "2:11");
}

TEST_CASE("an unclosed quote in a short question text is found") {
    Diagnostic d = error_of("questions:\n  accept: \"Do you accept the offer?\nballots:\n  - {voter: V1, accept: yes}\n");
    CHECK(where(d) == "2:11");
}

TEST_CASE("quotes that close are read with their escapes") {
    Read r = read("ballots:\n  - {voter: 'O''Brien', ballot: \"S\\\"1\", accept: \"yes\"}\n");
    REQUIRE(r.result.ok());
    CHECK(r.sink.papers.at(0).voter == "O'Brien");
    CHECK(r.sink.papers.at(0).ballot == "S\"1");
}

TEST_CASE("a large YAML ballot file is streamed to the end") {
    std::string text = "bargain: 1\nballots:\n";
    for (int i = 0; i < 50000; ++i)
        text += "  - {voter: 'V" + std::to_string(i) + "', accept: \"" + (i % 3 ? "yes" : "no") + "\"}\n";
    text += "returns:\n  - {unit: a, accept: {yes: 1}}\n";
    Read r = read(text);
    REQUIRE(r.result.ok());
    CHECK(*r.result == 50000);
    CHECK(r.sink.papers.back().voter == "V49999");
    CHECK(r.sink.papers.back().line == 50002);
    CHECK(r.sink.returns.size() == 1);
}

TEST_CASE("a list used as a key is an error") {
    Diagnostic d = error_of("ballots:\n  - {? [a, b] : yes, voter: V1}\n");
    CHECK(d.line == 2);
    CHECK(d.message.find("key must be plain text") != std::string::npos);
    Diagnostic top = error_of("? [a]\n: yes\n");
    CHECK(top.line == 1);
}

TEST_CASE("a NUL byte on the first line after a byte order mark is located as an editor shows it") {
    std::string text = "\xEF\xBB\xBF" "bal";
    text += '\0';
    text += "lots: []\n";
    Diagnostic d = error_of(text);
    CHECK(d.message == "NUL byte: this is not a text file");
    CHECK(where(d) == "1:4");
}

TEST_CASE("a YAML ballot file arriving a byte at a time after its byte order mark reads the same") {
    // A named pipe ending in .yaml is read without sniffing, so the YAML
    // reader sees the byte order mark arrive in pieces.
    char dir[] = "/tmp/bargain-test-XXXXXX";
    REQUIRE(::mkdtemp(dir) != nullptr);
    std::string path = std::string(dir) + "/ballots.yaml";
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    const std::string text = "\xEF\xBB\xBF" "ballots:\n  - {voter: x', \"accept\": yes}\n";
    std::thread writer([&] {
        FILE* f = std::fopen(path.c_str(), "wb");
        if (!f) return;
        for (size_t i = 0; i < text.size(); ++i) {
            std::fputc(text[i], f);
            std::fflush(f);
            if (i < 4) std::this_thread::sleep_for(std::chrono::milliseconds(30));
        }
        std::fclose(f);
    });
    Recorder sink;
    std::optional<Diagnostic> error;
    long long records = -1;
    {
        auto in = Input::open(path);
        REQUIRE(in.ok());
        auto read = test::read_ballot_records(**in, 0, sink);
        if (read) records = *read;
        else error = read.error();
        (*in)->sha256();
    }
    writer.join();
    ::unlink(path.c_str());
    ::rmdir(dir);
    INFO((error ? error->located() : std::string("no error")));
    CHECK_FALSE(error.has_value());
    CHECK(records == 1);
}

TEST_CASE("YAML errors count columns the same way whatever the error") {
    // The same line, the same place after an accented name: a NUL byte and
    // a wrong type must be reported at the same column.
    std::string nul = "ballots:\n  - {voter: \xC3\xA9, accept: ";
    nul += '\0';
    nul += "x}\n";
    Diagnostic at_nul = error_of(nul);
    Diagnostic at_list = error_of("ballots:\n  - {voter: \xC3\xA9, accept: [x]}\n");
    CHECK(at_nul.line == 2);
    CHECK(at_list.line == 2);
    CHECK(at_nul.column == at_list.column);
    CHECK(at_list.column == 25);  // in bytes, like every other column: é is two
}
