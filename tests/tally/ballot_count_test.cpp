// count_ballot_files() end to end on files shaped like real exports: the
// mapping, the refusals that keep a misread file from becoming a result,
// and the warnings.
#include <doctest/doctest.h>

#include "tally/ballot_count.h"
#include "tally/count_record.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::Folder;

namespace {

struct Counted {
    std::optional<CountedFiles> files;
    std::vector<Diagnostic> problems;
    std::string first() const { return problems.empty() ? "" : problems.front().message; }
};

Counted count(const CountRequest& r) {
    Counted c;
    c.files = count_ballot_files(r, c.problems);
    CHECK(c.files.has_value() == c.problems.empty());
    return c;
}

MappingPlace cli(const char* shown) { return MappingPlace{"", 0, 0, shown}; }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a semicolon export with a BOM, CRLF and For/Against words counts once mapped") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("in-person.csv",
                        "\xEF\xBB\xBFMember ID;Vote\r\nE1;Pour\r\nE2;Contre\r\nE3;pour\r\n;;\r\n;\r\n")};
    SUBCASE("unmapped, it is refused with the words found and the mapping") {
        Counted c = count(r);
        REQUIRE(c.problems.size() == 2);
        CHECK(c.first() ==
              "'Member ID' is read as a question, but its cells are all different, as voter ids are: if it holds "
              "each voter's id, map it: --column voter=\"Member ID\" (or columns: {voter: Member ID} in the "
              "campaign vote)");
        CHECK(c.problems[1].line == 1);
        CHECK(c.problems[1].column == 11);
        CHECK(c.problems[1].message ==
              "not one of the 3 answers to 'Vote' is yes or no: the words found are Pour: 2, Contre: 1. Map them to "
              "answers: --answer Pour=yes --answer Contre=no (or answers: {yes: [Pour], no: [Contre]} in the "
              "campaign vote)");
    }
    SUBCASE("mapped, it counts, and says how the file was read") {
        REQUIRE_FALSE(r.mapping.columns.map(Column::voter, "Member ID", cli("--column voter=Member ID")));
        REQUIRE_FALSE(r.mapping.answers.map("pour", Answer::yes, cli("--answer pour=yes")));
        REQUIRE_FALSE(r.mapping.answers.map("contre", Answer::no, cli("--answer contre=no")));
        Counted c = count(r);
        REQUIRE(c.files);
        AnswerCounts t = c.files->count.questions.at(0).total();
        CHECK(t.yes == 2);
        CHECK(t.no == 1);
        CHECK(c.files->inputs[0].delimiter == ';');
        CHECK(c.files->inputs[0].encoding == TextEncoding::utf8_bom);
        CHECK(c.files->inputs[0].empty_rows == 2);
        CHECK(c.files->warnings.empty());
    }
}

TEST_CASE("a roster no ballot's voter is on is refused, not reported as every ballot set aside") {
    Folder f("bargain-count");
    CountRequest r;
    r.roster = f.file("roster.csv", "voter\nE1\nE2\n");
    r.ballots = {f.file("b.csv", "voter,q\nX1,yes\nX2,no\n")};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(has(c.first(), "not one of the 2 ballot records has a voter id that is on the roster"));
}

TEST_CASE("a roster with ballots that have no voter column is refused at the ballots' header") {
    Folder f("bargain-count");
    CountRequest r;
    r.roster = f.file("roster.csv", "voter\nE1\nE2\n");
    r.ballots = {f.file("b.csv", "Member ID,q\nE1,yes\nE2,no\n")};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].line == 1);
    CHECK(has(c.first(), "a roster is given but this file has no voter column"));
    CHECK(has(c.first(), "--column voter=\"Member ID\" (or columns: {voter: Member ID} in the campaign vote)"));
    REQUIRE_FALSE(r.mapping.columns.map(Column::voter, "Member ID", cli("--column voter=Member ID")));
    Counted mapped = count(r);
    REQUIRE(mapped.files);
    CHECK(mapped.files->count.questions.at(0).total().valid() == 2);
}

TEST_CASE("a window with a file that has no cast_at column is refused; mapped, it applies") {
    Folder f("bargain-count");
    CountRequest r;
    r.options.opens = parse_datetime("2026-03-01T08:00", nullptr);
    r.options.closes = parse_datetime("2026-03-02T20:00", nullptr);
    r.ballots = {f.file("b.csv", "voter,Timestamp,q\nA,2026-03-01 09:00,yes\nB,2026-03-03 09:00,yes\nC,2026-03-02 10:00,no\n")};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(has(c.first(), "this file has no cast_at column, so the window cannot be applied to it"));
    CHECK(has(c.first(), "--column cast_at=Timestamp"));
    REQUIRE_FALSE(r.mapping.columns.map(Column::cast_at, "Timestamp", cli("--column cast_at=Timestamp")));
    Counted mapped = count(r);
    REQUIRE(mapped.files);
    CHECK(mapped.files->count.outside_window == 1);
    CHECK(mapped.files->count.questions.at(0).total().yes == 1);
}

TEST_CASE("a mapped column that no file has is an error at the mapping, with a did-you-mean") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("b.csv", "Member ID,q\nA,yes\n")};
    REQUIRE_FALSE(r.mapping.columns.map(Column::voter, "Member Id", MappingPlace{"campaign.yaml", 7, 22, "columns: voter"}));
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].located() ==
          "campaign.yaml:7:22: 'Member Id' is not a column of " + r.ballots[0] +
              "; the columns are: Member ID, q");
    CHECK(c.problems[0].help == "did you mean 'Member ID'?");
}

TEST_CASE("the same file named twice is refused, by its name or another path to it") {
    Folder f("bargain-count");
    CountRequest r;
    std::string p = f.file("b.csv", "voter,q\nA,yes\n");
    r.ballots = {p, (f.dir / "." / "b.csv").string()};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(has(c.first(), "is the same file as"));
    r.ballots = {p, p};
    CHECK(has(count(r).first(), "this file is named twice"));
    r.ballots = {p};
    r.roster = p;
    CHECK(has(count(r).first(), "this file is the roster"));
}

TEST_CASE("a ballot file reports every bad row, not only the first") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("b.csv", "voter,cast_at,q\nA,2026-02-30,yes\nB,x,no\nC,2026-03-01\nvoter,cast_at,q\nD,,yes\n")};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 4);
    CHECK(c.problems[0].line == 2);
    CHECK(c.problems[1].line == 3);
    CHECK(c.problems[2].line == 4);
    CHECK(c.problems[3].line == 5);
    CHECK(has(c.problems[3].message, "this row repeats the header"));
}

TEST_CASE("spreadsheet leftovers: empty rows are skipped and counted, empty trailing columns ignored") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("b.csv", "voter,q,,\nA,yes,,\nB,no,,\n,,,\n , ,\xC2\xA0,\n\n")};
    Counted c = count(r);
    REQUIRE(c.files);
    CHECK(c.files->count.received == 2);
    CHECK(c.files->inputs[0].empty_rows == 3);
    r.ballots = {f.file("c.csv", "voter,q,\nA,yes,oops\n")};
    Counted cell = count(r);
    REQUIRE(cell.problems.size() == 1);
    CHECK(has(cell.first(), "this cell is in column 3, which has no name in the header"));
}

TEST_CASE("many void answers and many set-aside records are warnings with the words and statuses") {
    Folder f("bargain-count");
    CountRequest r;
    std::string csv = "voter,q\n";
    for (int i = 0; i < 18; ++i) csv += "V" + std::to_string(i) + ",yes\n";
    csv += "V90,Maybe\nV91,maybe\nV0,no\n";
    r.ballots = {f.file("b.csv", csv)};
    r.options.keep_audit = false;
    Counted c = count(r);
    REQUIRE(c.files);
    REQUIRE(c.files->warnings.size() == 1);
    CHECK(c.files->warnings[0].message ==
          "2 of the 20 answers to 'q' (10%) are void: Maybe: 2. If they are answers, map them: --answer "
          "\"Maybe=yes|no|abstain\" (or answers: {yes|no|abstain: [Maybe]} in the campaign vote)");
    CHECK(c.files->count.duplicate == 1);
    CHECK(c.files->count.audit.empty());  // without --audit nothing is kept
    r.ballots = {f.file("d.csv", "voter,q\nA,yes\nA,no\nB,no\n")};
    Counted aside = count(r);
    REQUIRE(aside.files);
    REQUIRE(aside.files->warnings.size() == 1);
    CHECK(aside.files->warnings[0].message ==
          "1 of the 3 ballot records (33.3%) is set aside: 1 duplicate; --audit FILE lists them");
}

TEST_CASE("a word mapped to void is not listed as an unknown word") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("b.csv", "voter,q\nA,yes\nB,X\nC,no\n")};
    REQUIRE_FALSE(r.mapping.answers.map("X", Answer::spoiled, cli("--answer X=void")));
    Counted c = count(r);
    REQUIRE(c.files);
    CHECK(c.files->count.questions[0].total().spoiled == 1);
    CHECK(c.files->count.questions[0].void_words.empty());
    REQUIRE(c.files->warnings.size() == 1);
    CHECK(c.files->warnings[0].message == "1 of the 3 answers to 'q' (33.3%) is void");
}

TEST_CASE("more ballots than voters eligible is refused") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("b.csv", "voter,q\nA,yes\nB,no\nC,no\n")};
    r.options.eligible = 2;
    CHECK(has(count(r).first(), "3 ballots are counted on 'q' but only 2 voters are eligible"));
    r.options.eligible = 3;
    CHECK(count(r).files);
}

TEST_CASE("the count record says what shaped the count") {
    CountRequest r;
    r.options.opens = parse_datetime("2026-03-01T08:00", nullptr);
    r.options.duplicates = TallyOptions::Keep::last;
    r.options.only_question = "accept";
    REQUIRE_FALSE(r.mapping.columns.map(Column::voter, "Member ID", cli("x")));
    REQUIRE_FALSE(r.mapping.answers.map("Y", Answer::yes, cli("y")));
    InputSummary in{"b.csv", "", 3, false, false, ';', TextEncoding::utf16le, 2};
    CountRecord rec = count_record(r, parse_rule("two-thirds").value(), "50%", {in});
    CHECK(rec.delimiter == "semicolon");
    CHECK(rec.encoding == "UTF-16LE");
    CHECK(count_record_text(rec) ==
          "Counted with:\n"
          "  rule:               two-thirds, turnout 50%\n"
          "  voting window:      from 2026-03-01T08:00 (UTC)\n"
          "  duplicates:         the last ballot of a voter counts\n"
          "  question:           accept\n"
          "  columns:            voter=Member ID\n"
          "  answer words:       Y=yes\n"
          "  delimiter:          semicolon\n"
          "  encoding:           UTF-16LE\n");
    std::string json = count_record_document(rec).to_json();
    CHECK(has(json, "\"opens\": \"2026-03-01T08:00\""));
    CHECK(has(json, "\"closes\": null"));
    CHECK(has(json, "\"duplicates\": \"last\""));
    CHECK(has(json, "\"columns\": {\n    \"voter\": \"Member ID\"\n  }"));
}

TEST_CASE("each file's part of the count is kept, and a file the others hide is refused") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("online.csv", "voter,accept\nV1,yes\nV2,no\nV3,yes\n"),
                 f.file("paper.csv", "voter,accept\nV4,For\nV5,Against\n")};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems.front().file == r.ballots[1]);
    CHECK(has(c.first(), "in this file is yes or no, though the other files' answers are"));

    REQUIRE_FALSE(r.mapping.answers.map("For", Answer::yes, cli("--answer For=yes")));
    REQUIRE_FALSE(r.mapping.answers.map("Against", Answer::no, cli("--answer Against=no")));
    Counted mapped = count(r);
    REQUIRE(mapped.files);
    const Count& n = mapped.files->count;
    REQUIRE(n.files.size() == 2);
    CHECK(n.files[0].received == 3);
    CHECK(n.files[1].received == 2);
    REQUIRE(n.files[1].answers_to(0));
    CHECK(n.files[1].answers_to(0)->yes == 1);
    CHECK(n.files[1].answers_to(0)->no == 1);
}

TEST_CASE("a roster voter outside the vote's units is not listed, and a file of only such voters is refused") {
    Folder f("bargain-count");
    CountRequest r;
    r.roster = f.file("roster.csv", "voter,unit\nV1,clerical\nV2,para\nV3,para\n");
    r.ballots = {f.file("ballots.csv", "voter,accept\nV2,yes\nV3,no\n")};
    r.options.units = {{"clerical", std::nullopt}};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(has(c.first(), "is in this vote's units (clerical): 2 are on the roster"));
}

TEST_CASE("a window that sets every ballot aside is refused with when the ballots were cast") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("ballots.csv", "voter,cast_at,accept\nV1,2020-01-14T10:00,yes\nV2,2020-01-15T09:30,no\n")};
    r.options.opens = parse_datetime("2021-01-13", nullptr);
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(has(c.first(), "every one of the 2 ballot records is set aside (2 outside the voting window)"));
    CHECK(has(c.first(), "cast from 2020-01-14T10:00 to 2020-01-15T09:30"));
}

TEST_CASE("the same answer in two totals files is added, with a warning naming both") {
    Folder f("bargain-count");
    CountRequest r;
    r.totals = {f.file("interim.csv", "question,option,votes\naccept,yes,50\naccept,no,40\n"),
                f.file("final.csv", "question,option,votes\naccept,yes,60\n")};
    Counted c = count(r);
    REQUIRE(c.files);
    CHECK(c.files->count.questions.front().total().yes == 110);
    REQUIRE(c.files->count.totals_overlaps.size() == 1);
    bool warned = false;
    for (const Diagnostic& w : c.files->warnings) warned = warned || has(w.message, "as " + r.totals[0] + " (line 2)");
    CHECK(warned);
}

TEST_CASE("a question named in two cases in two files is refused, not split in two") {
    Folder f("bargain-count");
    CountRequest r;
    r.ballots = {f.file("a1.csv", "voter,Accept\nV1,yes\n"), f.file("a2.csv", "voter,accept\nV2,no\n")};
    Counted c = count(r);
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems.front().file == r.ballots[1]);
    CHECK(has(c.first(), "the question 'accept' is 'Accept' in"));
}

namespace {
// What a problem shows of its file: counting one file of `text`, as a
// vendor's totals or as ballots.
std::vector<Diagnostic> problems_counting(bool totals, const std::string& text, bool by_unit = false) {
    Folder f("bargain-count");
    CountRequest r;
    r.options.by_unit = by_unit;
    (totals ? r.totals : r.ballots).push_back(f.file(totals ? "vendor.csv" : "ballots.csv", text));
    return count(r).problems;
}
}  // namespace

TEST_CASE("a problem in a vendor's totals shows its line, with the caret under the whole cell") {
    auto problems = problems_counting(true, "Question,Option,Votes\naccept,yes,\"1,234\"\n");
    REQUIRE(problems.size() == 1);
    CHECK(has(problems[0].shown(), ":2:12: votes '1,234' has a comma, a point or an apostrophe"));
    CHECK(has(problems[0].shown(),
              "\n  |\n"
              "2 | accept,yes,\"1,234\"\n"
              "  |            ^^^^^^^\n"));
}

TEST_CASE("a totals row the count refuses, and a check after the count, show their lines too") {
    auto refused = problems_counting(true, "question,option,votes\naccept,yes,50\n", true);  // by unit, no unit
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].line == 2);
    CHECK(refused[0].excerpt == "accept,yes,50");

    Folder f("bargain-count");
    CountRequest r;
    r.options.only_question = "accept";
    r.totals = {f.file("online.csv", "question,option,votes\naccept,yes,50\n"),
                f.file("paper.csv", "question,option,votes\nstrike,yes,12\n")};
    std::vector<Diagnostic> checked = count(r).problems;
    REQUIRE(checked.size() == 1);
    CHECK(checked[0].file == r.totals[1]);
    CHECK(checked[0].excerpt == "question,option,votes");
}

TEST_CASE("a problem in a ballot file never shows its line: it would print a vote") {
    auto problems = problems_counting(false, "voter,accept\nV1,yes,no\nV2,\"no\n");
    REQUIRE(problems.size() == 2);
    for (const Diagnostic& d : problems) {
        CHECK(d.line > 0);
        CHECK(d.excerpt.empty());
    }
}
