// Reading the ballot files on a second thread (ballot_pipeline.h) gives the
// count of reading them on one, byte for byte: the same report, and the same
// problems in the same order, whatever the files hold.
#include <doctest/doctest.h>

#include "core/datetime.h"
#include "tally/ballot_count.h"
#include "tally/ballot_pipeline.h"
#include "tally/count_record.h"
#include "tally/decision.h"
#include "tally/tally_report.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::Folder;

namespace {


// The count as a user sees it: the JSON report, or every problem located.
std::string outcome(CountRequest r, int threads) {
    r.threads = threads;
    std::vector<Diagnostic> problems;
    auto counted = count_ballot_files(r, problems);
    std::string out;
    for (const Diagnostic& d : problems) out += d.located() + "\n";
    if (!counted) return out;
    TallyReport report;
    report.inputs = counted->inputs;
    report.roster = counted->roster;
    report.count = counted->count;
    report.warnings = counted->warnings;
    report.rule = test::rule("majority");
    report.options = count_record(r, report.rule, "", report.inputs);
    auto decided = decide(report.count, report.rule, false);
    if (!decided) return out + decided.error().message;
    report.questions = *decided;
    return out + tally_json(report) + tally_audit(report);
}

// Ballots enough to fill several batches and to wait for room.
std::string many_ballots(std::size_t n, std::size_t first = 0) {
    std::string out = "voter,ballot,cast_at,accept,strike\n";
    const char* answers[] = {"yes", "no", "abstain", "", "For", "maybe"};
    for (std::size_t i = first; i < first + n; ++i)
        out += "V" + std::to_string(i % (n - n / 50)) + ",S" + std::to_string(i) + ",2026-03-0" +
               std::to_string(1 + i % 7) + "T10:00," + answers[i % 6] + "," + answers[(i / 6) % 6] + "\n";
    return out;
}

std::string roster_of(std::size_t n) {
    std::string out = "voter,unit\n";
    for (std::size_t i = 0; i < n; i += 1 + i % 3) out += "V" + std::to_string(i) + ",u" + std::to_string(i % 4) + "\n";
    return out;
}

}  // namespace

TEST_CASE("two threads count what one counts, over many batches, with a roster, a window and duplicates") {
    Folder f("bargain-pipeline");
    CountRequest r;
    std::size_t n = 3 * BallotPipeline::kBatchRecords * BallotPipeline::kMaxBatches / 2;
    r.ballots = {f.file("a.csv", many_ballots(n)), f.file("b.csv", many_ballots(n / 3, n))};
    r.roster = f.file("roster.csv", roster_of(n));
    r.options.opens = parse_datetime("2026-03-02T00:00", nullptr);
    r.options.closes = parse_datetime("2026-03-06T00:00", nullptr);
    r.options.keep_audit = true;
    std::string one = outcome(r, 1);
    CHECK(one.find("\"received\": " + std::to_string(n + n / 3)) != std::string::npos);
    CHECK(outcome(r, 2) == one);
    r.options.duplicates = TallyOptions::Keep::last;
    r.options.only_question = "strike";
    CHECK(outcome(r, 2) == outcome(r, 1));
}

TEST_CASE("two threads give the same problems in the same order") {
    Folder f("bargain-pipeline");
    CountRequest r;
    r.ballots = {f.file("a.csv", "voter,accept\nV1,yes\nV2,no,extra\nV3,yes\n"), f.dir.string() + "/missing.csv",
                 f.file("b.csv", "voter,accept\nV4,\"yes\nV5,no\n"),
                 f.file("c.csv", "voter,Accept\nV6,yes\n")};
    r.roster = f.file("roster.csv", "voter\nV1\nV1\n");
    std::string one = outcome(r, 1);
    CHECK(one.find("a.csv:3") != std::string::npos);
    CHECK(one.find("missing.csv") != std::string::npos);
    CHECK(outcome(r, 2) == one);
}

TEST_CASE("a YAML ballot file is read on the counting thread, and so is every file after it") {
    Folder f("bargain-pipeline");
    CountRequest r;
    r.ballots = {f.file("a.csv", many_ballots(5000)),
                 f.file("b.yaml", "bargain: 1\nballots:\n  - {voter: W1, accept: yes}\n"
                                  "returns:\n  - {site: Hall, accept: {yes: 3, no: 4}}\n"),
                 f.file("c.csv", "voter,accept\nW2,no\n")};
    std::string one = outcome(r, 1);
    CHECK(one.find("\"received\": 5002") != std::string::npos);
    CHECK(outcome(r, 2) == one);
    r.ballots = {r.ballots[1], r.ballots[0]};  // YAML first: nothing is read on the second thread
    CHECK(outcome(r, 2) == outcome(r, 1));
}

TEST_CASE("a count that stops before its files are read leaves the reader to stop too") {
    Folder f("bargain-pipeline");
    CountRequest r;
    // Named twice: refused before anything is read.
    std::string a = f.file("a.csv", many_ballots(BallotPipeline::kBatchRecords * (BallotPipeline::kMaxBatches + 4)));
    r.ballots = {a, a};
    CHECK(outcome(r, 2) == outcome(r, 1));
    // The pipeline destroyed while its reader waits for room.
    BallotReadOptions read;
    r.ballots = {a};
    { BallotPipeline p(r, read); }
}

// The roster is parsed on the reader thread and entered on this one.
namespace {
std::string big_roster(std::size_t n, std::size_t twice_at = SIZE_MAX) {
    std::string out = "voter,unit\n";
    for (std::size_t i = 0; i < n; ++i) out += "V" + std::to_string(i == twice_at ? 7 : i) + ",u" + std::to_string(i % 5) + "\n";
    return out;
}
}  // namespace

TEST_CASE("a roster of many batches is entered as one thread enters it") {
    Folder f("bargain-pipeline");
    CountRequest r;
    std::size_t voters = 3 * BallotPipeline::kRosterBatchEntries * BallotPipeline::kMaxRosterBatches / 2;
    r.ballots = {f.file("a.csv", many_ballots(5000))};
    r.roster = f.file("roster.csv", big_roster(voters));
    std::string one = outcome(r, 1);
    CHECK(one.find("\"voters\": " + std::to_string(voters)) != std::string::npos);
    CHECK(outcome(r, 2) == one);
    // Ids near the longest allowed: batches sealed for their bytes, not their count.
    std::string long_ids = "voter,unit\n";
    for (std::size_t i = 0; i < 600; ++i) long_ids += "V" + std::to_string(i) + std::string(1000, 'x') + ",u1\n";
    std::string long_ballots = "voter,accept\n";
    for (std::size_t i = 0; i < 700; ++i) long_ballots += "V" + std::to_string(i % 650) + std::string(1000, 'x') + ",yes\n";
    r.ballots = {f.file("long-ballots.csv", long_ballots)};
    r.roster = f.file("long.csv", long_ids);
    one = outcome(r, 1);
    CHECK(one.find("\"voters\": 600") != std::string::npos);
    CHECK(outcome(r, 2) == one);
}

TEST_CASE("wide ballot rows fill batches by their bytes, and count as one thread counts them") {
    Folder f("bargain-pipeline");
    std::string wide = "voter,name,email,cast_at,accept,strike,note\n";
    for (std::size_t i = 0; i < 20000; ++i)
        wide += "V" + std::to_string(i % 19000) + ",\"Member, number " + std::to_string(i) + "\",m" +
                std::to_string(i) + "@example.org,2026-03-02T10:00," + (i % 3 ? "yes" : "no") + "," +
                (i % 5 ? "For" : "") + "," + std::string(150 + i % 700, 'n') + "\n";
    CountRequest r;
    r.options.only_question = "accept";  // the others are a name, an email and a note
    r.ballots = {f.file("wide.csv", wide)};
    r.roster = f.file("roster.csv", roster_of(20000));
    std::string one = outcome(r, 1);
    CHECK(one.find("\"received\": 20000") != std::string::npos);
    CHECK(outcome(r, 2) == one);
}

TEST_CASE("a roster's problem is the one thread's, found wherever it is, and the ballots' come after it") {
    Folder f("bargain-pipeline");
    std::size_t late = 2 * BallotPipeline::kRosterBatchEntries * BallotPipeline::kMaxRosterBatches + 10;
    std::string ragged = big_roster(late + 100);
    ragged.insert(ragged.find("\nV" + std::to_string(late) + ",") + 1, "V-extra,u1,more\n");
    std::string empty_id = big_roster(5000);
    empty_id.insert(empty_id.find("\nV4000,") + 1, " ,u1\n");
    std::string twice_then_ragged = big_roster(9000, 8000);
    twice_then_ragged += "V-last,u1,more\n";
    std::string ragged_then_twice = "voter,unit\nV1,u1\nV2,u1,more\n" + big_roster(9000, 8000).substr(11);
    const std::vector<std::pair<std::string, std::string>> rosters = {
        {"twice-late.csv", big_roster(late + 100, late)},
        // Refused at its tenth entry, far from its end: the reader stops there.
        {"twice-early.csv", big_roster(8 * BallotPipeline::kRosterBatchEntries * BallotPipeline::kMaxRosterBatches, 9)},
        {"ragged-late.csv", ragged},
        {"empty-id.csv", empty_id},
        {"too-long.csv", "voter\nV1\n" + std::string(2000, 'x') + "\n"},
        {"twice-then-ragged.csv", twice_then_ragged},
        {"ragged-then-twice.csv", ragged_then_twice},
        {"header-only.csv", "voter,unit\n"},
        {"no-voter.csv", "name,unit\nAda,u1\n"},
        {"empty.csv", ""},
        {"latin1.csv", "voter,unit\nV1,M\xfcnchen\n"},
        {"roster.yaml", "roster:\n  - {voter: V1, unit: u1}\n  - {voter: V2}\n"},
        {"twice.yaml", "roster:\n  - {voter: V1}\n  - {voter: V1}\n"},
    };
    for (const auto& [name, text] : rosters) {
        CAPTURE(name);
        CountRequest r;
        r.ballots = {f.file("a.csv", "voter,accept\nV1,yes\nV2,no,extra\n"), f.dir.string() + "/missing.csv"};
        r.roster = f.file(name, text);
        std::string one = outcome(r, 1);
        if (name != "roster.yaml") CHECK(one.find(name) != std::string::npos);
        CHECK(one.find("a.csv:3") != std::string::npos);
        CHECK(outcome(r, 2) == one);
    }
    CountRequest r;
    r.ballots = {f.file("a.csv", "voter,accept\nV1,yes\n")};
    r.roster = f.dir.string() + "/no-roster.csv";
    CHECK(outcome(r, 2) == outcome(r, 1));
}

TEST_CASE("the pipeline destroyed while its reader waits for room in the roster's batches") {
    Folder f("bargain-pipeline");
    CountRequest r;
    r.ballots = {f.file("a.csv", many_ballots(100))};
    r.roster = f.file("roster.csv", big_roster(BallotPipeline::kRosterBatchEntries * (BallotPipeline::kMaxRosterBatches + 4)));
    BallotReadOptions read;
    { BallotPipeline p(r, read); }
}

TEST_CASE("a YAML ballot file handed back to the counting thread counts, and fails, as on one") {
    Folder f("bargain-pipeline");
    std::string many = "bargain: 1\nquestions: {accept: Accept the offer}\nballots:\n";
    for (int i = 0; i < 3000; ++i)
        many += "  - {voter: Y" + std::to_string(i % 2900) + ", cast_at: 2026-03-0" + std::to_string(1 + i % 7) +
                "T10:00, accept: " + (i % 3 ? "yes" : "no") + "}\n";
    const std::vector<std::string> files = {
        many,
        many + "  - {voter: [Y1]}\n  - {voter: Y5000, accept: maybe}\n",
        many + "returns:\n  - {site: Hall, accept: {yes: 999999999999, no: 4}}\n" +
            "  - {site: Hall 2, unit: nowhere, accept: {yes: 3}}\n  - {site: Hall 3, accept: {yes: x}}\n",
        many + "  - {voter: Y1, accept: yes\n",
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        CAPTURE(i);
        CountRequest r;
        r.ballots = {f.file("a.csv", many_ballots(5000)), f.file("b.yaml", files[i]),
                     f.file("c.csv", "voter,accept\nZ1,no\n")};
        r.roster = f.file("roster.csv", roster_of(3000));
        std::string one = outcome(r, 1);
        CHECK(outcome(r, 2) == one);
        if (i == 2) {
            // The count refuses the return of a unit the roster does not
            // have, and the file stops there: the bad count after it is not told.
            CHECK(one.find("'nowhere' of this return is not a unit of the roster") != std::string::npos);
            CHECK(one.find("whole number") == std::string::npos);
        }
    }
}
