// A vendor's published totals, read as they come (delimiters, byte order
// marks, their own headers and words) or refused with a message that says,
// at its line and column, what to map or fix.
#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/input.h"
#include "tally/export_mapping.h"
#include "tally/counter.h"
#include "tally/totals_reader.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::votes;

namespace {

struct Return {
    long long line;
    std::string unit, site;
    std::string question;
    AnswerCounts counts;
};

// Records what the reader hands over, by question id.
class Recorder : public BallotSink {
public:
    std::vector<std::string> ids;
    std::map<std::string, std::string> texts;
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
    std::optional<Diagnostic> ballot(const BallotRecord&) override {
        FAIL("a totals file has no ballots");
        return std::nullopt;
    }
    std::optional<Diagnostic> site_return(const SiteReturn& r) override {
        REQUIRE(r.counts.size() == 1);
        returns.push_back(Return{r.line, std::string(r.unit), std::string(r.site), ids.at(r.counts[0].first),
                                 r.counts[0].second});
        return std::nullopt;
    }
    // Every return added up, per question.
    AnswerCounts sum(const std::string& question) const {
        AnswerCounts c;
        for (const Return& r : returns)
            if (r.question == question) c += r.counts;
        return c;
    }
};

bool same(const AnswerCounts& a, const AnswerCounts& b) {
    return a.yes == b.yes && a.no == b.no && a.abstain == b.abstain && a.blank == b.blank && a.spoiled == b.spoiled;
}

MappingPlace cli(std::string shown) { return MappingPlace{"", 0, 0, std::move(shown)}; }

struct Read {
    Result<TotalsFacts> result{TotalsFacts{}};
    Recorder sink;
};

Read read(const std::string& text, const ExportMapping* mapping = nullptr, const std::string& name = "totals.csv") {
    auto in = Input::from_string(name, text);
    Read r;
    TotalsReadOptions options;
    options.mapping = mapping;
    r.result = read_totals(*in, 0, options, r.sink);
    return r;
}

std::string error_of(const std::string& text, const ExportMapping* mapping = nullptr,
                     const std::string& name = "totals.csv") {
    Read r = read(text, mapping, name);
    REQUIRE_MESSAGE(!r.result.ok(), "expected an error reading: " << text);
    const Diagnostic& d = r.result.error();
    return d.located() + (d.help.empty() ? "" : " [" + d.help + "]");
}

}  // namespace

TEST_CASE("a plain totals file: one return per row, with the row's line") {
    Read r = read("question,option,votes\naccept,Yes,120\naccept,No,80\naccept,abstain,3\naccept,Blank,1\n"
                  "accept,void,2\nstrike,yes,150\n");
    REQUIRE(r.result.ok());
    CHECK(r.result->format == FileFormat::csv);
    CHECK(r.result->rows == 6);
    CHECK(r.result->empty_rows == 0);
    CHECK(r.result->delimiter == ',');
    CHECK(r.result->encoding == TextEncoding::utf8);
    CHECK(r.result->header == std::vector<std::string>{"question", "option", "votes"});
    CHECK(r.sink.ids == std::vector<std::string>{"accept", "strike"});
    REQUIRE(r.sink.returns.size() == 6);
    CHECK(r.sink.returns[0].line == 2);
    CHECK(r.sink.returns[0].unit == "");
    CHECK(r.sink.returns[0].site == "");
    CHECK(same(r.sink.returns[0].counts, votes(120, 0)));
    CHECK(r.sink.returns[5].line == 7);
    CHECK(same(r.sink.sum("accept"), votes(120, 80, 3, 1, 2)));
    CHECK(same(r.sink.sum("strike"), votes(150, 0)));
}

TEST_CASE("a header-only file has no rows, and an empty file is refused") {
    Read r = read("question,option,votes\n");
    REQUIRE(r.result.ok());
    CHECK(r.result->rows == 0);
    CHECK(error_of("") ==
          "totals.csv:1:1: empty totals file: expected a header row with question, option and votes columns (and "
          "optionally unit)");
}

TEST_CASE("Excel in a semicolon locale: BOM, CRLF, a unit and the vendor's extra columns") {
    Read r = read("\xef\xbb\xbfQuestion;Option;Votes;Percentage;Unit\r\n"
                  "accept;Yes;120;60,0;local-1\r\n"
                  "accept;No;80;40,0;local-1\r\n"
                  "accept;Yes;7;70,0;local-2\r\n"
                  "accept;No;3;30,0;local-2\r\n");
    REQUIRE(r.result.ok());
    CHECK(r.result->delimiter == ';');
    CHECK(r.result->encoding == TextEncoding::utf8_bom);
    CHECK(r.result->rows == 4);
    CHECK(r.result->header == std::vector<std::string>{"Question", "Option", "Votes", "Percentage", "Unit"});
    REQUIRE(r.sink.returns.size() == 4);
    CHECK(r.sink.returns[0].unit == "local-1");
    CHECK(r.sink.returns[3].unit == "local-2");
    CHECK(r.sink.returns[3].line == 5);
    CHECK(same(r.sink.sum("accept"), votes(127, 83)));
}

TEST_CASE("UTF-16 with a byte order mark is read, and reported as such") {
    std::string utf8 = "question\toption\tvotes\naccept\tyes\t5\n";
    std::string utf16 = "\xff\xfe";
    for (char c : utf8) utf16 += std::string{c, '\0'};
    Read r = read(utf16);
    REQUIRE(r.result.ok());
    CHECK(r.result->encoding == TextEncoding::utf16le);
    CHECK(r.result->delimiter == '\t');
    CHECK(same(r.sink.sum("accept"), votes(5, 0)));
}

TEST_CASE("a forced delimiter is the mapping's") {
    ExportMapping m;
    m.delimiter = ';';
    Read r = read("question;option;votes\naccept;yes;5\n", &m);
    REQUIRE(r.result.ok());
    CHECK(same(r.sink.sum("accept"), votes(5, 0)));
    m.delimiter = ',';
    m.delimiter_where = cli("--delimiter comma");
    CHECK(error_of("question;option;votes\naccept;yes;5\n", &m) ==
          "totals.csv:1:1: the header is one column, 'question;option;votes': the delimiter is forced to comma by "
          "--delimiter comma, but the header holds semicolons: is that the file's delimiter?");
}

TEST_CASE("a vendor's own headers, mapped: QuestionID, OptionName, Votes") {
    ExportMapping m;
    CHECK_FALSE(m.columns.map(Column::question, "QuestionID", cli("--column question=QuestionID")));
    CHECK_FALSE(m.columns.map(Column::option, "OptionName", cli("--column option=OptionName")));
    CHECK_FALSE(m.columns.map(Column::votes, "Votes", cli("--column votes=Votes")));
    Read r = read("Rank,QuestionID,OptionName,Votes\n1,accept,No,152\n2,accept,Yes,76\n", &m);
    REQUIRE(r.result.ok());
    CHECK(same(r.sink.sum("accept"), votes(76, 152)));
    // A mapped header matches exactly: "votes" is not "Votes".
    CHECK(error_of("QuestionID,OptionName,votes\naccept,No,152\n", &m) ==
          "totals.csv:1:1: the totals file has no 'Votes' (votes, mapped by --column votes=Votes) column; its "
          "columns are: QuestionID, OptionName, votes. Map it with --column votes=votes (or columns: {votes: votes} "
          "in the campaign vote)");
}

TEST_CASE("a vendor's own words, mapped: For and Against") {
    ExportMapping m;
    CHECK_FALSE(m.answers.map("For", Answer::yes, cli("--answer For=yes")));
    CHECK_FALSE(m.answers.map("Against", Answer::no, cli("--answer Against=no")));
    CHECK_FALSE(m.answers.map("Spoiled", Answer::spoiled, cli("--answer Spoiled=void")));
    Read r = read("question,option,votes\naccept,For,76\naccept, against ,152\naccept,Spoiled,4\n", &m);
    REQUIRE(r.result.ok());
    CHECK(same(r.sink.sum("accept"), votes(76, 152, 0, 0, 4)));
}

TEST_CASE("an option that is not an answer is refused, never counted as void") {
    CHECK(error_of("question,option,votes\naccept,No,80\naccept,Accept the offer,120\n") ==
          "totals.csv:3:8: option 'Accept the offer' of 'accept' is not an answer (its options so far: No): map it "
          "with --answer \"Accept the offer\"=yes (or answers: {yes: [Accept the offer]} in the campaign vote)");
    CHECK(error_of("question,option,votes\naccept,Reject,80\n") ==
          "totals.csv:2:8: option 'Reject' of 'accept' is not an answer: map it with --answer Reject=no (or "
          "answers: {no: [Reject]} in the campaign vote)");
    // Words that point two ways, or are negated, are left to the person.
    CHECK(error_of("question,option,votes\naccept,yes,1\naccept,no,2\naccept,Do not accept,80\n") ==
          "totals.csv:4:8: option 'Do not accept' of 'accept' is not an answer (its options so far: yes, no): map "
          "it with --answer \"Do not accept\"=ANSWER (or answers: {ANSWER: [Do not accept]} in the campaign vote), ANSWER "
          "being yes, no, abstain, blank or void");
    CHECK(error_of("question,option,votes\naccept,\"Yes, accept: it's fine\",1\n") ==
          "totals.csv:2:8: option 'Yes, accept: it's fine' of 'accept' is not an answer: map it with --answer "
          "\"Yes, accept: it's fine\"=yes (or answers: {yes: [\"Yes, accept: it's fine\"]} in the campaign vote)");
    CHECK(error_of("question,option,votes\naccept,Total,200\n") ==
          "totals.csv:2:8: option 'Total' of 'accept' looks like the sum of the other options, not an answer: "
          "delete its row (bargain adds up the options itself)");
    CHECK(error_of("question,option,votes\naccept,,200\n") ==
          "totals.csv:2:8: the option is empty: name the answer these votes are for (yes, no, abstain, blank, void, "
          "or a word mapped with --answer)");
}

TEST_CASE("an option mapped to void is void, and a mapped 'Total' is what it is mapped to") {
    ExportMapping m;
    CHECK_FALSE(m.answers.map("Total", Answer::spoiled, cli("--answer Total=void")));
    Read r = read("question,option,votes\naccept,Total,3\n", &m);
    REQUIRE(r.result.ok());
    CHECK(same(r.sink.sum("accept"), votes(0, 0, 0, 0, 3)));
}

TEST_CASE("votes are whole numbers; separators that could mean two things are refused") {
    auto at = [](const std::string& cell) { return error_of("question,option,votes\naccept,yes,\"" + cell + "\"\n"); };
    CHECK(at("12a") == "totals.csv:2:12: votes '12a' is not a whole number");
    CHECK(at("1,234") ==
          "totals.csv:2:12: votes '1,234' has a comma, a point or an apostrophe, which could separate thousands or "
          "decimals: write the whole number without it (1234)");
    CHECK(at("120.0") ==
          "totals.csv:2:12: votes '120.0' has a comma, a point or an apostrophe, which could separate thousands or "
          "decimals: write the whole number without it (1234)");
    CHECK(at("-5") == "totals.csv:2:12: votes '-5' is negative");
    CHECK(at("12 34") ==
          "totals.csv:2:12: votes '12 34' is not a whole number (a blank in a number must separate groups of three "
          "digits)");
    CHECK(at("1 2345") ==
          "totals.csv:2:12: votes '1 2345' is not a whole number (a blank in a number must separate groups of "
          "three digits)");
    CHECK(at(" ") == "totals.csv:2:12: the votes are empty: write 0 for an option that got none");
    CHECK(at("1000000000000001") ==
          "totals.csv:2:12: votes '1000000000000001' is more than 1000000000000000, the most one row may have");
    CHECK(at("99999999999999999999999999") ==
          "totals.csv:2:12: votes '99999999999999999999999999' is more than 1000000000000000, the most one row may "
          "have");

    // Blanks grouping threes (a French export's no-break or narrow no-break
    // space) are read; so are leading zeros and blanks around.
    Read r = read("question,option,votes\naccept,yes,1 234\naccept,no,\"2\xc2\xa0" "345\xe2\x80\xaf" "678\"\n"
                  "accept,abstain, 007 \nstrike,blank,1000000000000000\n");
    REQUIRE(r.result.ok());
    CHECK(same(r.sink.sum("accept"), votes(1234, 2345678, 7)));
    CHECK(same(r.sink.sum("strike"), votes(0, 0, 0, 1000000000000000)));
}

TEST_CASE("the sum of a question's votes is checked, not left to overflow") {
    std::string big = std::to_string(kMaxTotalVotes);
    Read at_limit = read("question,option,votes\naccept,yes," + big + "\naccept,no,0\nstrike,yes," + big + "\n");
    REQUIRE(at_limit.result.ok());
    CHECK(at_limit.sink.sum("accept").cast() == kMaxTotalVotes);
    CHECK(error_of("question,option,votes,unit\naccept,yes," + big + ",a\naccept,no,1,a\n") ==
          "totals.csv:3:11: the votes of 'accept' add up to more than 1000000000000000, the most one file may give "
          "a question");
    // Across units too: each row is within the limit, their sum is not.
    std::string rows = "question,option,votes,unit\n";
    for (int u = 0; u < 10; ++u) rows += "accept,yes,200000000000000,u" + std::to_string(u) + "\n";
    CHECK(error_of(rows) ==
          "totals.csv:7:12: the votes of 'accept' add up to more than 1000000000000000, the most one file may give "
          "a question");
}

TEST_CASE("a row listed twice is refused, never added") {
    CHECK(error_of("question,option,votes\naccept,Yes,120\naccept,No,80\naccept,YES ,120\n") ==
          "totals.csv:4:8: option 'YES' of 'accept' is listed twice (first at line 2): a totals file lists each "
          "option once, and adding both could count the same votes twice");
    CHECK(error_of("question,option,votes,unit\naccept,Yes,1,a\naccept,Yes,2,b\naccept,yes,3,a\n") ==
          "totals.csv:4:8: option 'yes' of 'accept' in unit 'a' is listed twice (first at line 2): a totals file "
          "lists each option once, and adding both could count the same votes twice");
    // Two words mapped to one answer are two options, added up.
    ExportMapping m;
    CHECK_FALSE(m.answers.map("For", Answer::yes, cli("--answer For=yes")));
    Read r = read("question,option,votes\naccept,Yes,1\naccept,For,2\n", &m);
    REQUIRE(r.result.ok());
    CHECK(same(r.sink.sum("accept"), votes(3, 0)));
}

TEST_CASE("a row that sums the others is refused: a unit 'Total', a row without a unit among units") {
    CHECK(error_of("question,option,votes,unit\naccept,Yes,1,a\naccept,Yes,2,Grand Total\n") ==
          "totals.csv:3:14: unit 'Grand Total' looks like the sum of the other units, not a unit: delete its rows "
          "(bargain adds up the units itself)");
    CHECK(error_of("question,option,votes,unit\naccept,Yes,1,a\naccept,Yes,1,b\naccept,Yes,2,\n") ==
          "totals.csv:4:14: this row of 'accept' has no unit, but the row at line 2 has one: is this row the units' "
          "total? Give each row of 'accept' its unit, or delete the total");
    CHECK(error_of("question,option,votes,unit\naccept,Yes,2,\naccept,Yes,1,a\n") ==
          "totals.csv:3:14: this row of 'accept' has a unit, but the row at line 2 has none: is that row the units' "
          "total? Give each row of 'accept' its unit, or delete the total");
    // Another question may be counted without units.
    Read r = read("question,option,votes,unit\naccept,Yes,1,a\nstrike,Yes,2,\n");
    CHECK(r.result.ok());
}

TEST_CASE("a missing column is named, with the columns found and the mapping that would fix it") {
    CHECK(error_of("Question,Option,Count,Percentage\naccept,yes,1,100\n") ==
          "totals.csv:1:1: the totals file has no 'votes' column; its columns are: Question, Option, Count, "
          "Percentage. Map it with --column votes=Count (or columns: {votes: Count} in the campaign vote)");
    CHECK(error_of("Question,Choice,Count\naccept,yes,1\n") ==
          "totals.csv:1:1: the totals file has no 'option' or 'votes' column; its columns are: Question, Choice, "
          "Count. Map them with --column option=Choice --column votes=Count (or columns: {option: Choice, votes: "
          "Count} in the campaign vote)");
    CHECK(error_of("Ballot Question,Response,Vote Share %,Number of votes\na,yes,1,1\n") ==
          "totals.csv:1:1: the totals file has no 'question', 'option' or 'votes' column; its columns are: Ballot "
          "Question, Response, Vote Share %, Number of votes. Map them with --column question=\"Ballot Question\" "
          "--column option=Response --column votes=\"Number of votes\" (or columns: {question: Ballot Question, "
          "option: Response, votes: Number of votes} in the campaign vote)");
    CHECK(error_of("question,option,Foo\naccept,yes,1\n") ==
          "totals.csv:1:1: the totals file has no 'votes' column; its columns are: question, option, Foo. Map it "
          "with --column votes=HEADER (or columns: {votes: HEADER} in the campaign vote), HEADER being the header of the "
          "column that holds it");
    CHECK(error_of("voter,accept\nV1,yes\n") ==
          "totals.csv:1:1: the totals file has no 'question', 'option' or 'votes' column; its columns are: voter, "
          "accept. Map them with --column question=HEADER --column option=HEADER --column votes=HEADER (or "
          "columns: {question: HEADER, option: HEADER, votes: HEADER} in the campaign vote), HEADER being the header of the "
          "column that holds it. A header with voter, ballot or cast_at is a ballot file's: tally it as ballots, "
          "not as totals");
    CHECK(error_of("\n,,\nquestion\n", nullptr) ==
          "totals.csv:2:1: the totals file has no 'question', 'option' or 'votes' column; its header row is empty. "
          "Map them with --column question=HEADER --column option=HEADER --column votes=HEADER (or columns: "
          "{question: HEADER, option: HEADER, votes: HEADER} in the campaign vote), HEADER being the header of the column "
          "that holds it");
}

TEST_CASE("a column named twice in the header is refused at the second") {
    CHECK(error_of("question,option,Votes,votes\naccept,yes,1,1\n") ==
          "totals.csv:1:23: the header has two 'votes' columns: 'Votes' (column 3) and 'votes' (column 4)");
}

TEST_CASE("empty rows are skipped and counted; a ragged row is an error") {
    Read r = read("question,option,votes,unit\n,,,\naccept,yes,5,a\n\n , \xc2\xa0,, \naccept,no,2,a\n,,\n");
    REQUIRE(r.result.ok());
    CHECK(r.result->rows == 2);
    CHECK(r.result->empty_rows == 4);  // three rows of empty cells and one blank line
    CHECK(same(r.sink.sum("accept"), votes(5, 2)));
    CHECK(error_of("question,option,votes\naccept,yes\n") ==
          "totals.csv:2:8: this row has 2 fields but the header has 3");
    CHECK(error_of("question,option,votes\naccept,yes,1,2\n") ==
          "totals.csv:2:14: this row has 4 fields but the header has 3");
}

TEST_CASE("a CSV problem comes from the CSV reader, located") {
    CHECK(error_of("question,option,votes\naccept,\"yes,1\n") ==
          "totals.csv:2:8: this quoted field is never closed (a \" is missing)");
}

TEST_CASE("questions the tally does not ask for are skipped, but still checked") {
    Read r;
    r.sink.only = "strike";
    auto in = Input::from_string("totals.csv", "question,option,votes\naccept,yes,5\nstrike,no,3\n");
    r.result = read_totals(*in, 0, {}, r.sink);
    REQUIRE(r.result.ok());
    CHECK(r.result->rows == 2);
    REQUIRE(r.sink.returns.size() == 1);
    CHECK(r.sink.returns[0].question == "strike");

    Recorder only;
    only.only = "strike";
    auto bad = Input::from_string("totals.csv", "question,option,votes\naccept,Maybe,5\n");
    auto result = read_totals(*bad, 0, {}, only);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().line == 2);
}

TEST_CASE("YAML totals, with question texts and units") {
    Read r = read("bargain: 1\n"
                  "questions:\n"
                  "  accept: Do you accept the offer?\n"
                  "totals:\n"
                  "  - {question: accept, option: \"Yes\", votes: 120, unit: local-1}\n"
                  "  - {question: accept, option: No, votes: 1 234, unit: local-1}\n"
                  "  - question: accept\n"
                  "    option: abstain\n"
                  "    votes: 3\n"
                  "    unit: local-1\n",
                  nullptr, "totals.yaml");
    REQUIRE(r.result.ok());
    CHECK(r.result->format == FileFormat::yaml);
    CHECK(r.result->rows == 3);
    CHECK(r.result->header.empty());
    CHECK(r.sink.texts["accept"] == "Do you accept the offer?");
    REQUIRE(r.sink.returns.size() == 3);
    CHECK(r.sink.returns[0].line == 5);
    CHECK(r.sink.returns[2].line == 7);
    CHECK(r.sink.returns[2].unit == "local-1");
    CHECK(same(r.sink.sum("accept"), votes(120, 1234, 3)));

    ExportMapping m;
    CHECK_FALSE(m.answers.map("For", Answer::yes, cli("--answer For=yes")));
    Read mapped = read("totals: [{question: accept, option: For, votes: 2}]\n", &m, "totals.yaml");
    REQUIRE(mapped.result.ok());
    CHECK(same(mapped.sink.sum("accept"), votes(2, 0)));
}

TEST_CASE("YAML totals: every mistake at its line and column") {
    auto yaml = [](const std::string& text) { return error_of(text, nullptr, "totals.yaml"); };
    CHECK(yaml("totals:\n  - {question: accept, option: Yes}\n") ==
          "totals.yaml:2:5: this total has no 'votes': each entry under 'totals' has question, option and votes (and "
          "optionally unit)");
    CHECK(yaml("totals:\n  - {question: accept, option: Yes, vote: 3}\n") ==
          "totals.yaml:2:37: unknown key 'vote'; a total has question, option, votes and "
          "unit [did you mean 'votes'?]");
    CHECK(yaml("totals:\n  - {question: accept, option: Yes, votes: [3]}\n") ==
          "totals.yaml:2:44: 'votes' should be a whole number, found a list");
    CHECK(yaml("totals:\n  - {question: accept, option: Yes, votes: 3.5}\n") ==
          "totals.yaml:2:44: votes '3.5' has a comma, a point or an apostrophe, which could separate thousands or "
          "decimals: write the whole number without it (1234)");
    CHECK(yaml("totals:\n  - {question: accept, option: Accept, votes: 3}\n") ==
          "totals.yaml:2:32: option 'Accept' of 'accept' is not an answer: map it with --answer Accept=yes (or "
          "answers: {yes: [Accept]} in the campaign vote)");
    CHECK(yaml("totals:\n  - {question: a, option: y, votes: 1}\n  - {question: a, option: yes, votes: 1}\n") ==
          "totals.yaml:2:27: option 'y' of 'a' is not an answer: map it with --answer y=yes (or answers: {yes: "
          "[\"y\"]} in the campaign vote)");
    CHECK(yaml("totals:\n  - {question: a, option: yes, votes: 1}\n  - {question: a, option: Yes, votes: 1}\n") ==
          "totals.yaml:3:27: option 'Yes' of 'a' is listed twice (first at line 2): a totals file lists each "
          "option once, and adding both could count the same votes twice");
    CHECK(yaml("ballots: []\n") ==
          "totals.yaml:1:1: unknown key 'ballots'; a totals file has bargain, questions and totals");
    CHECK(yaml("bargain: 2\ntotals: []\n") ==
          "totals.yaml:1:10: unsupported format version: this bargain reads 'bargain: 1'");
    CHECK(yaml("totals:\n  - 3\n") ==
          "totals.yaml:2:5: each entry under 'totals' should be a mapping ({question: ..., option: ..., votes: "
          "...}), found text");
}

TEST_CASE("totals reach the tally as site returns: the Counter adds them up") {
    Counter counter(TallyOptions{}, nullptr);
    counter.begin_file(0, "totals.csv");
    auto in = Input::from_string("totals.csv", "question,option,votes,unit\naccept,yes,76,a\naccept,no,152,b\n");
    auto read = read_totals(*in, 0, {}, counter);
    REQUIRE(read.ok());
    auto count = counter.finish();
    REQUIRE(count.ok());
    CHECK(count->received == 0);  // totals are not ballot records
    CHECK(count->units == std::vector<std::string>{"a", "b"});
    REQUIRE(count->questions.size() == 1);
    CHECK(same(count->questions[0].total(), votes(76, 152)));
}

TEST_CASE("the Counter's own refusals of a return come back located at the row") {
    TallyOptions options;
    options.by_unit = true;
    Counter counter(options, nullptr);
    counter.begin_file(0, "totals.csv");
    auto in = Input::from_string("totals.csv", "question,option,votes\naccept,yes,76\n");
    auto read = read_totals(*in, 0, {}, counter);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().located() == "totals.csv:2: this return has no unit, so --by-unit cannot place it");
}
