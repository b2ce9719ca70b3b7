// Counting ballots read from files: every record ends in exactly one status,
// decided in the spec's order (window, then duplicates among the records
// still in play, then the roster), and no record set aside ever shows its
// choices.
#include <doctest/doctest.h>

#include "test_support.h"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "io/csv_reader.h"
#include "io/input.h"
#include "tally/ballot_reader.h"
#include "tally/roster.h"
#include "tally/counter.h"
#include "tally/tally_report.h"

using namespace bargain;

namespace {

struct File {
    std::string name;
    std::string text;
};

struct Tally {
    std::optional<Count> count;
    std::optional<Diagnostic> error;
};

Tally run(const std::vector<File>& files, const TallyOptions& options = {}, const Roster* roster = nullptr) {
    Counter counter(options, roster);
    for (size_t i = 0; i < files.size(); ++i) {
        auto in = Input::from_string(files[i].name, files[i].text);
        counter.begin_file(static_cast<std::uint32_t>(i), files[i].name);
        auto read = test::read_ballot_records(*in, static_cast<std::uint32_t>(i), counter);
        if (!read) return {std::nullopt, read.error()};
    }
    auto count = counter.finish();
    if (!count) return {std::nullopt, count.error()};
    return {std::move(*count), std::nullopt};
}

Count count_of(const std::vector<File>& files, const TallyOptions& options = {}, const Roster* roster = nullptr) {
    Tally t = run(files, options, roster);
    if (t.error) FAIL("unexpected error: " << t.error->located());
    return std::move(*t.count);
}

Count count_csv(const std::string& csv, const TallyOptions& options = {}, const Roster* roster = nullptr) {
    return count_of({{"ballots.csv", csv}}, options, roster);
}

Roster roster_of(const std::string& csv) {
    auto in = Input::from_string("roster.csv", csv);
    auto r = read_roster(*in);
    REQUIRE(r.ok());
    return std::move(*r);
}

DateTime at(const char* text) {
    std::string why;
    auto dt = parse_datetime(text, &why);
    INFO(text << ": " << why);
    REQUIRE(dt.has_value());
    return *dt;
}

TallyOptions window(const char* opens, const char* closes) {
    TallyOptions o;
    if (opens) o.opens = at(opens);
    if (closes) o.closes = at(closes);
    return o;
}

const Count::Question& question(const Count& c, const std::string& id) {
    for (const Count::Question& q : c.questions)
        if (q.id == id) return q;
    FAIL("no question " << id);
    return c.questions.front();
}

AnswerCounts total(const Count& c, const std::string& id = "accept") { return question(c, id).total(); }

long long counted(const Count& c, const std::string& id = "accept") { return total(c, id).cast(); }

// The audit as "line:voter:ballot:status" strings, for compact checks.
std::vector<std::string> audit_of(const Count& c) {
    std::vector<std::string> out;
    for (const AuditEntry& e : c.audit)
        out.push_back((e.file ? std::to_string(e.file) + "/" : std::string()) + std::to_string(e.line) + ":" +
                      e.voter + ":" + e.ballot + ":" + status_name(e.status));
    return out;
}

using Lines = std::vector<std::string>;

struct Lcg {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state >> 33);
    }
    std::uint32_t below(std::uint32_t n) { return next() % n; }
};

}  // namespace

// ---- answers and records -------------------------------------------------------

TEST_CASE("every kind of answer on a ballot is counted as what it is") {
    Count c = count_csv("voter,accept\nV1,yes\nV2,Yes \nV3,NO\nV4,\tabstain\nV5,\nV6,maybe\nV7,y\n");
    AnswerCounts a = total(c);
    CHECK(a.yes == 2);
    CHECK(a.no == 1);
    CHECK(a.abstain == 1);
    CHECK(a.blank == 1);
    CHECK(a.spoiled == 2);
    CHECK(c.received == 7);
}

TEST_CASE("questions are tallied in the order their columns first appear") {
    Count c = count_of({{"mail.csv", "voter,strike,accept\nV1,yes,no\n"},
                        {"site.csv", "voter,accept,ratify\nV2,yes,no\n"}});
    REQUIRE(c.questions.size() == 3);
    CHECK(c.questions[0].id == "strike");
    CHECK(c.questions[1].id == "accept");
    CHECK(c.questions[2].id == "ratify");
    CHECK(total(c, "accept").yes == 1);
    CHECK(total(c, "accept").no == 1);
}

TEST_CASE("a ballot file without a question's column does not count toward it") {
    Count c = count_of({{"mail.csv", "voter,accept,strike\nV1,yes,yes\nV2,no,yes\n"},
                        {"site.csv", "voter,accept\nV3,yes\n"}});
    CHECK(counted(c, "accept") == 3);
    CHECK(counted(c, "strike") == 2);
    CHECK(total(c, "strike").blank == 0);
}

TEST_CASE("reserved columns match whatever their case and spacing") {
    Count c = count_csv(" Voter ,BALLOT,Unit,Cast_At,accept\nV1,S1,a,2020-01-14T10:00,yes\nV1,S2,a,,no\n");
    REQUIRE(c.questions.size() == 1);
    CHECK(c.duplicate == 1);
    CHECK(total(c).yes == 1);
    CHECK(c.units == std::vector<std::string>{"a"});
}

TEST_CASE("every record read is received, counted or not") {
    Roster roster = roster_of("voter\nV1\n");
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    Count c = count_csv("voter,cast_at,accept\nV1,2020-01-14T10:00,yes\nV1,2020-01-14T11:00,no\n"
                        "X,2020-01-14T10:00,no\nV1,2020-01-20T10:00,no\n",
                        o, &roster);
    CHECK(c.received == 4);
    CHECK(counted(c) == 1);
    CHECK(c.duplicate == 1);
    CHECK(c.not_on_roster == 1);
    CHECK(c.outside_window == 1);
    CHECK(c.audit.size() == 3);
}

// ---- the order statuses are decided in --------------------------------------

TEST_CASE("a ballot outside the window is set aside before it can be a duplicate") {
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    Count c = count_csv("voter,cast_at,accept\nV1,2020-01-12T10:00,yes\nV1,2020-01-14T10:00,no\n", o);
    CHECK(c.outside_window == 1);
    CHECK(c.duplicate == 0);
    CHECK(total(c).no == 1);
    CHECK(total(c).yes == 0);
    CHECK(audit_of(c) == Lines{"2:V1::outside-window"});
}

TEST_CASE("a ballot without cast_at is not subject to the window") {
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    Count c = count_csv("voter,cast_at,accept\nV1,,yes\nV2, ,no\n", o);
    CHECK(c.outside_window == 0);
    CHECK(counted(c) == 2);
}

TEST_CASE("a second ballot from a voter not on the roster is a duplicate, not another unlisted ballot") {
    Roster roster = roster_of("voter\nV1\n");
    Count c = count_csv("voter,accept\nX9,yes\nX9,no\nV1,yes\n", {}, &roster);
    CHECK(c.not_on_roster == 1);
    CHECK(c.duplicate == 1);
    CHECK(counted(c) == 1);
    CHECK(audit_of(c) == Lines{"2:X9::not-on-roster", "3:X9::duplicate"});
}

TEST_CASE("a voter's ballot outside the window does not make the next one unlisted or a duplicate") {
    Roster roster = roster_of("voter\nV1\n");
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    Count c = count_csv("voter,cast_at,accept\nX9,2020-01-01T00:00,yes\nX9,2020-01-14T00:00,yes\n", o, &roster);
    CHECK(audit_of(c) == Lines{"2:X9::outside-window", "3:X9::not-on-roster"});
}

// ---- duplicates -----------------------------------------------------------------

TEST_CASE("a later ballot from the same voter is a duplicate") {
    Count c = count_csv("voter,ballot,accept\nV1,S1,yes\nV1,S2,no\n");
    CHECK(c.duplicate == 1);
    CHECK(total(c).yes == 1);
    CHECK(total(c).no == 0);
    CHECK(audit_of(c) == Lines{"3:V1:S2:duplicate"});
}

TEST_CASE("different voters sharing a ballot serial are not duplicates: the voter id decides") {
    Count c = count_csv("voter,ballot,accept\nV1,S1,yes\nV2,S1,no\n");
    CHECK(c.duplicate == 0);
    CHECK(counted(c) == 2);
}

TEST_CASE("without a voter id, the ballot serial finds duplicates") {
    Count c = count_csv("voter,ballot,accept\n,S5,yes\n,S5,no\n,S6,no\n");
    CHECK(c.duplicate == 1);
    CHECK(total(c).yes == 1);
    CHECK(total(c).no == 1);
    CHECK(audit_of(c) == Lines{"3::S5:duplicate"});
}

TEST_CASE("a ballot with neither voter id nor serial is never a duplicate") {
    Count c = count_csv("voter,ballot,accept\n,,yes\n,,yes\n , ,no\n");
    CHECK(c.duplicate == 0);
    CHECK(counted(c) == 3);
}

TEST_CASE("voter ids are compared without the blanks around them") {
    Count c = count_csv("voter,accept\nV1,yes\n V1 ,no\n");
    CHECK(c.duplicate == 1);
}

TEST_CASE("a duplicate in a second ballot file is found") {
    Count c = count_of({{"mail.csv", "voter,accept\nV1,yes\n"}, {"site.csv", "voter,accept\nV1,no\n"}});
    CHECK(c.duplicate == 1);
    CHECK(total(c).yes == 1);
    CHECK(audit_of(c) == Lines{"1/2:V1::duplicate"});
}

TEST_CASE("with --duplicates last the later ballot replaces the earlier, which is the duplicate") {
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_csv("voter,ballot,accept\nV1,S1,yes\nV2,S2,no\nV1,S3,no\n", o);
    CHECK(c.duplicate == 1);
    CHECK(total(c).yes == 0);
    CHECK(total(c).no == 2);
    CHECK(audit_of(c) == Lines{"2:V1:S1:duplicate"});
}

TEST_CASE("with --duplicates last only the last of three ballots counts") {
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_csv("voter,ballot,accept\nV1,S1,yes\nV1,S2,no\nV1,S3,abstain\n", o);
    CHECK(c.duplicate == 2);
    AnswerCounts a = total(c);
    CHECK(a.yes == 0);
    CHECK(a.no == 0);
    CHECK(a.abstain == 1);
    CHECK(audit_of(c) == Lines{"2:V1:S1:duplicate", "3:V1:S2:duplicate"});
}

TEST_CASE("with --duplicates last the replaced ballot is reported at its own file and line") {
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_of({{"mail.csv", "voter,ballot,accept\nV0,S0,no\nV1,S1,yes\n"},
                        {"site.csv", "voter,ballot,accept\nV1,S9,no\n"}},
                       o);
    CHECK(total(c).yes == 0);
    CHECK(total(c).no == 2);
    CHECK(audit_of(c) == Lines{"3:V1:S1:duplicate"});
}

TEST_CASE("with --duplicates last and no voter id, the serial decides which is replaced") {
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_csv("voter,ballot,accept\n,S5,yes\n,S5,no\n", o);
    CHECK(total(c).no == 1);
    CHECK(total(c).yes == 0);
    CHECK(audit_of(c) == Lines{"2::S5:duplicate"});
}

TEST_CASE("with --duplicates last a later unlisted ballot replaces an earlier unlisted one") {
    Roster roster = roster_of("voter\nV1\n");
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_csv("voter,accept\nX9,yes\nX9,no\n", o, &roster);
    CHECK(c.not_on_roster == 1);
    CHECK(c.duplicate == 1);
    CHECK(audit_of(c) == Lines{"2:X9::duplicate", "3:X9::not-on-roster"});
}

TEST_CASE("with --duplicates last a later challenged ballot replaces an earlier one") {
    Roster roster = roster_of("voter\nV1\n");
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    o.challenge_unlisted = true;
    Count c = count_csv("voter,accept\nX9,yes\nX9,no\n", o, &roster);
    CHECK(c.challenged == 1);
    CHECK(c.duplicate == 1);
    CHECK(audit_of(c) == Lines{"2:X9::duplicate", "3:X9::challenged"});
}

TEST_CASE("with --duplicates last a later ballot outside the window does not replace the earlier") {
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_csv("voter,cast_at,accept\nV1,2020-01-14T10:00,yes\nV1,2020-01-18T10:00,no\n", o);
    CHECK(total(c).yes == 1);
    CHECK(total(c).no == 0);
    CHECK(c.duplicate == 0);
    CHECK(c.outside_window == 1);
}

// ---- the roster -------------------------------------------------------------------

TEST_CASE("a ballot from a voter not on the roster is set aside") {
    Roster roster = roster_of("voter\nV1\nV2\n");
    Count c = count_csv("voter,accept\nV1,yes\nV3,yes\nV2,no\n", {}, &roster);
    CHECK(c.not_on_roster == 1);
    CHECK(total(c).yes == 1);
    CHECK(total(c).no == 1);
    CHECK(c.eligible == 2);
    CHECK(audit_of(c) == Lines{"3:V3::not-on-roster"});
}

TEST_CASE("with a roster, a ballot without a voter id is not on the roster") {
    Roster roster = roster_of("voter\nV1\n");
    Count c = count_csv("voter,ballot,accept\n,S1,yes\n", {}, &roster);
    CHECK(c.not_on_roster == 1);
    CHECK(counted(c) == 0);
    CHECK(audit_of(c) == Lines{"2::S1:not-on-roster"});
}

TEST_CASE("with --challenge-unlisted an unlisted voter's ballot is sealed as challenged, not rejected") {
    Roster roster = roster_of("voter\nV1\n");
    TallyOptions o;
    o.challenge_unlisted = true;
    Count c = count_csv("voter,accept\nV1,no\nX1,yes\nX2,yes\n", o, &roster);
    CHECK(c.challenged == 2);
    CHECK(c.not_on_roster == 0);
    CHECK(total(c).yes == 0);  // sealed, never opened
    CHECK(total(c).no == 1);
    CHECK(audit_of(c) == Lines{"3:X1::challenged", "4:X2::challenged"});
}

TEST_CASE("a challenged ballot naming a roster unit is sealed in that unit, else in none") {
    Roster roster = roster_of("voter,unit\nV1,a\nV2,b\n");
    TallyOptions o;
    o.challenge_unlisted = true;
    Count c = count_csv("voter,unit,accept\nX1,b,yes\nX2,,yes\nX3,zz,no\n", o, &roster);
    CHECK(c.challenged == 3);
    CHECK(c.challenged_by_unit == std::vector<long long>{0, 1});
    CHECK(c.challenged_no_unit == 2);
    CHECK(c.units == std::vector<std::string>{"a", "b"});
}

// ---- the voting window ---------------------------------------------------------------

TEST_CASE("a ballot cast exactly when the polls open or close is counted") {
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    Count c = count_csv("voter,cast_at,accept\n"
                        "V1,2020-01-13T07:00,yes\n"
                        "V2,2020-01-13T06:59:59,yes\n"
                        "V3,2020-01-17T19:00:00,yes\n"
                        "V4,2020-01-17T19:00:01,yes\n",
                        o);
    CHECK(counted(c) == 2);
    CHECK(audit_of(c) == Lines{"3:V2::outside-window", "5:V4::outside-window"});
}

TEST_CASE("a window that closes on a bare date closes at the end of that day") {
    TallyOptions o = window("2020-01-13", "2020-01-17");
    Count c = count_csv("voter,cast_at,accept\n"
                        "V1,2020-01-13T00:00,yes\n"
                        "V2,2020-01-12T23:59:59,yes\n"
                        "V3,2020-01-17T23:59:59,yes\n"
                        "V4,2020-01-18T00:00,yes\n",
                        o);
    CHECK(counted(c) == 2);
    CHECK(audit_of(c) == Lines{"3:V2::outside-window", "5:V4::outside-window"});
}

TEST_CASE("a ballot dated without a time is inside when its date is within the window's dates") {
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    Count c = count_csv("voter,cast_at,accept\n"
                        "V1,2020-01-13,yes\n"
                        "V2,2020-01-17,yes\n"
                        "V3,2020-01-12,yes\n"
                        "V4,2020-01-18,yes\n",
                        o);
    CHECK(counted(c) == 2);
    CHECK(audit_of(c) == Lines{"4:V3::outside-window", "5:V4::outside-window"});
}

TEST_CASE("a cast_at with a UTC offset is compared as the instant it names") {
    TallyOptions o = window("2020-01-13T07:00Z", "2020-01-17T19:00Z");
    Count c = count_csv("voter,cast_at,accept\n"
                        "V1,2020-01-17T20:30+02:00,yes\n"   // 18:30Z: in
                        "V2,2020-01-17T14:30-05:00,yes\n"   // 19:30Z: out
                        "V3,2020-01-13T02:00-0500,yes\n"    // 07:00Z: in, at the edge
                        "V4,2020-01-13T08:59+02:00,yes\n"   // 06:59Z: out
                        "V5,2020-01-17T19:00Z,yes\n",       // in, at the edge
                        o);
    CHECK(counted(c) == 3);
    CHECK(audit_of(c) == Lines{"3:V2::outside-window", "5:V4::outside-window"});
}

TEST_CASE("a window edge with an offset is the instant it names") {
    TallyOptions o = window("2020-01-13T07:00-06:00", nullptr);  // 13:00Z
    Count c = count_csv("voter,cast_at,accept\nV1,2020-01-13T12:59Z,yes\nV2,2020-01-13T13:00Z,yes\n", o);
    CHECK(audit_of(c) == Lines{"2:V1::outside-window"});
}

TEST_CASE("an invalid cast_at is an error at that cell") {
    Tally t = run({{"ballots.csv", "voter,cast_at,accept\nV1,2020-01-14T10:00,yes\nV2,2026-02-30T10:00,abstain\n"}});
    REQUIRE(t.error);
    CHECK(t.error->file == "ballots.csv");
    CHECK(t.error->line == 3);
    CHECK(t.error->column == 4);
    CHECK(t.error->message.find("cast_at") != std::string::npos);
    CHECK(t.error->message.find("abstain") == std::string::npos);  // never the choice
}

// ---- units and eligibility ------------------------------------------------------------

TEST_CASE("the roster's units are the reporting units, and a voter's roster unit wins over the ballot's") {
    Roster roster = roster_of("voter,unit\nV1,ifpe-4408\nV2,ifise-4407\nV3,ifpe-4408\n");
    Count c = count_csv("voter,unit,accept\nV1,ifise-4407,yes\nV2,ifise-4407,no\nV3,,yes\n", {}, &roster);
    CHECK(c.units == std::vector<std::string>{"ifpe-4408", "ifise-4407"});
    const Count::Question& q = question(c, "accept");
    REQUIRE(q.by_unit.size() == 2);
    CHECK(q.by_unit[0].yes == 2);
    CHECK(q.by_unit[1].no == 1);
    CHECK(q.no_unit.cast() == 0);
    CHECK(c.eligible == 3);
    REQUIRE(c.eligible_by_unit.size() == 2);
    CHECK(c.eligible_by_unit[0] == 2);
    CHECK(c.eligible_by_unit[1] == 1);
}

TEST_CASE("with the vote's units, roster voters of other units or of none are neither eligible nor counted") {
    Roster roster = roster_of("voter,unit\nA1,local-1\nX1,\nB1,local-2\nA2,local-1\nC1,local-3\n");
    for (auto keep : {TallyOptions::Keep::first, TallyOptions::Keep::last}) {
        CAPTURE(keep == TallyOptions::Keep::last);
        TallyOptions o;
        o.duplicates = keep;
        o.units = {{"local-3", std::nullopt}, {"local-1", std::nullopt}};
        Count c = count_csv("voter,accept\nA1,yes\nX1,yes\nB1,no\nA2,no\nC1,yes\nA1,no\nB1,no\n", o, &roster);
        CHECK(c.units == std::vector<std::string>{"local-3", "local-1"});
        CHECK(c.eligible == 3);
        CHECK(c.eligible_by_unit == std::vector<std::optional<long long>>{1, 2});
        CHECK(c.not_on_roster == 2);
        CHECK(c.duplicate == 2);  // a second ballot from B1 is a duplicate before it is unlisted
        const Count::Question& q = question(c, "accept");
        CHECK(q.by_unit[0].yes == 1);
        CHECK(q.by_unit[1].yes == (keep == TallyOptions::Keep::first ? 1 : 0));
        CHECK(q.by_unit[1].no == (keep == TallyOptions::Keep::first ? 1 : 2));
        CHECK(q.no_unit.cast() == 0);
    }
}

TEST_CASE("a roster unit with no ballots is still reported, with its eligible") {
    Roster roster = roster_of("voter,unit\nV1,a\nV2,b\nV3,b\n");
    Count c = count_csv("voter,accept\nV1,yes\n", {}, &roster);
    CHECK(c.units == std::vector<std::string>{"a", "b"});
    CHECK(c.eligible_by_unit[1] == 2);
    CHECK(question(c, "accept").by_unit[1].cast() == 0);
}

TEST_CASE("without a roster, units are the ballots' in order of first appearance") {
    Count c = count_csv("voter,unit,accept\nV1,b,yes\nV2,a,no\nV3,b,no\nV4,,yes\n");
    CHECK(c.units == std::vector<std::string>{"b", "a"});
    const Count::Question& q = question(c, "accept");
    CHECK(q.by_unit[0].yes == 1);
    CHECK(q.by_unit[0].no == 1);
    CHECK(q.by_unit[1].no == 1);
    CHECK(q.no_unit.yes == 1);
    CHECK(q.total().cast() == 4);
    CHECK_FALSE(c.eligible.has_value());
    REQUIRE(c.eligible_by_unit.size() == 2);
    CHECK_FALSE(c.eligible_by_unit[0].has_value());
}

TEST_CASE("a roster without a unit column leaves the units to the ballots") {
    Roster roster = roster_of("voter\nV1\nV2\n");
    Count c = count_csv("voter,unit,accept\nV1,a,yes\nV2,b,no\n", {}, &roster);
    CHECK(c.units == std::vector<std::string>{"a", "b"});
    CHECK(c.eligible == 2);
    CHECK_FALSE(c.eligible_by_unit[0].has_value());
}

TEST_CASE("a ballot that is not counted does not add a unit") {
    Roster roster = roster_of("voter\nV1\n");
    Count c = count_csv("voter,unit,accept\nX1,zz,yes\nV1,a,yes\n", {}, &roster);
    CHECK(c.units == std::vector<std::string>{"a"});
}

TEST_CASE("by unit, a counted ballot without a unit is an error at its line") {
    TallyOptions o;
    o.by_unit = true;
    Tally t = run({{"ballots.csv", "voter,unit,accept\nV1,a,yes\nV2,,no\n"}}, o);
    REQUIRE(t.error);
    CHECK(t.error->file == "ballots.csv");
    CHECK(t.error->line == 3);
    CHECK(t.error->message.find("no unit") != std::string::npos);
}

TEST_CASE("by unit, a ballot whose unit is not a roster unit is an error at its line") {
    Roster roster = roster_of("voter,unit\nV1,a\nV2,\n");
    TallyOptions o;
    o.by_unit = true;
    Tally t = run({{"ballots.csv", "voter,unit,accept\nV1,,yes\nV2,zz,no\n"}}, o, &roster);
    REQUIRE(t.error);
    CHECK(t.error->line == 3);
    CHECK(t.error->message.find("'zz'") != std::string::npos);
}

TEST_CASE("by unit, a duplicate ballot without a unit is only a duplicate") {
    // The second ballot is never counted, so it needs no unit.
    TallyOptions o;
    o.by_unit = true;
    Tally t = run({{"ballots.csv", "voter,unit,accept\nV1,a,yes\nV1,,no\n"}}, o);
    REQUIRE_FALSE(t.error);
    CHECK(t.count->duplicate == 1);
    CHECK(total(*t.count).yes == 1);
}

TEST_CASE("by unit, a ballot outside the window needs no unit") {
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    o.by_unit = true;
    Tally t = run({{"ballots.csv", "voter,unit,cast_at,accept\nV1,a,2020-01-14T10:00,yes\nV2,,2020-01-01T10:00,no\n"}},
                  o);
    REQUIRE_FALSE(t.error);
    CHECK(t.count->outside_window == 1);
}

// ---- returns and YAML ballots -----------------------------------------------------------

TEST_CASE("paper returns counted at a site add to the question's counts but are not records") {
    Count c = count_of({{"ballots.yaml",
                         "bargain: 1\n"
                         "questions:\n"
                         "  accept: Do you accept the employer's last, best offer?\n"
                         "ballots:\n"
                         "  - {voter: V00017, unit: ifpe-4408, cast_at: 2020-01-14T12:02, accept: no}\n"
                         "returns:\n"
                         "  - {unit: ifise-4407, site: Chicago, accept: {yes: 4, no: 19, abstain: 1, void: 0}}\n"
                         "  - {unit: ifise-4407, site: Springfield, accept: {yes: 1, blank: 2, void: 3}}\n"}});
    CHECK(c.received == 1);
    AnswerCounts a = total(c);
    CHECK(a.yes == 5);
    CHECK(a.no == 20);
    CHECK(a.abstain == 1);
    CHECK(a.blank == 2);
    CHECK(a.spoiled == 3);
    CHECK(a.cast() == 31);
    CHECK(question(c, "accept").text == "Do you accept the employer's last, best offer?");
    CHECK(c.units == std::vector<std::string>{"ifpe-4408", "ifise-4407"});
    CHECK(question(c, "accept").by_unit[1].no == 19);
}

TEST_CASE("a return's unit must be one of the roster's units") {
    Roster roster = roster_of("voter,unit\nV1,a\n");
    Tally t = run({{"ballots.yaml", "returns:\n  - {unit: b, site: Hall, accept: {yes: 4}}\n"}}, {}, &roster);
    REQUIRE(t.error);
    CHECK(t.error->file == "ballots.yaml");
    CHECK(t.error->line == 2);
    CHECK(t.error->message.find("'b'") != std::string::npos);
}

TEST_CASE("a YAML ballot that leaves out a declared question answered it blank") {
    Count c = count_of({{"ballots.yaml",
                         "questions:\n  accept: Accept?\n  strike: Strike?\n"
                         "ballots:\n"
                         "  - {voter: V1, accept: yes, strike: yes}\n"
                         "  - {voter: V2, accept: no}\n"}});
    CHECK(total(c, "strike").yes == 1);
    CHECK(total(c, "strike").blank == 1);
    CHECK(counted(c, "strike") == 2);
}

TEST_CASE("a YAML ballot that leaves out an undeclared question is not counted for it") {
    Count c = count_of({{"ballots.yaml",
                         "ballots:\n"
                         "  - {voter: V1, accept: yes, strike: yes}\n"
                         "  - {voter: V2, accept: no}\n"}});
    CHECK(counted(c, "strike") == 1);
    CHECK(counted(c, "accept") == 2);
}

TEST_CASE("CSV and YAML ballot files are counted together") {
    Count c = count_of({{"mail.csv", "voter,accept\nV1,yes\n"},
                        {"site.yaml", "ballots:\n  - {voter: V2, accept: no}\n  - {voter: V1, accept: no}\n"}});
    CHECK(total(c).yes == 1);
    CHECK(total(c).no == 1);
    CHECK(audit_of(c) == Lines{"1/3:V1::duplicate"});
}

// ---- --question --------------------------------------------------------------------------

TEST_CASE("--question tallies only that question") {
    TallyOptions o;
    o.only_question = "strike";
    Count c = count_csv("voter,accept,strike\nV1,no,yes\nV2,no,yes\nV3,yes,no\n", o);
    REQUIRE(c.questions.size() == 1);
    CHECK(c.questions[0].id == "strike");
    CHECK(total(c, "strike").yes == 2);
    CHECK(total(c, "strike").no == 1);
}

TEST_CASE("--question naming a question no file has is an error listing the ones they have") {
    TallyOptions o;
    o.only_question = "ratify";
    Tally t = run({{"ballots.csv", "voter,accept,strike\nV1,no,yes\n"}}, o);
    REQUIRE(t.error);
    CHECK(t.error->message == "no ballot file has the question 'ratify' (the ballots have: accept, strike)");
}

// GCC 12 reads the copy of this engaged std::optional<std::string>, once
// inlined, as a read of uninitialized storage: a false positive of
// -Wmaybe-uninitialized (GCC bug 105562), silenced for this test only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
TEST_CASE("--question applies to YAML question texts and returns too") {
    TallyOptions o;
    o.only_question = "strike";
    Count c = count_of({{"ballots.yaml",
                         "questions:\n  accept: Accept?\n  strike: Strike?\n"
                         "ballots:\n  - {voter: V1, accept: yes}\n"
                         "returns:\n  - {unit: a, accept: {yes: 9}, strike: {no: 3}}\n"}},
                       o);
    REQUIRE(c.questions.size() == 1);
    CHECK(c.questions[0].text == "Strike?");
    AnswerCounts a = total(c, "strike");
    CHECK(a.blank == 1);  // declared, left out
    CHECK(a.no == 3);
    CHECK(a.yes == 0);
}
#pragma GCC diagnostic pop

// ---- the audit ---------------------------------------------------------------------------

TEST_CASE("an audit entry holds where a record is and what became of it, never a choice") {
    AuditEntry e{0, 2, "V1", "S1", Status::duplicate};
    auto [file, line, voter, ballot, status] = e;  // exactly these five: no room for an answer
    CHECK(file == 0);
    CHECK(line == 2);
    CHECK(voter == "V1");
    CHECK(ballot == "S1");
    CHECK(status == Status::duplicate);
}

TEST_CASE("the rendered audit lists every record not counted and no answer") {
    Roster roster = roster_of("voter\nA1\nA2\nA3\n");
    TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
    o.duplicates = TallyOptions::Keep::last;
    TallyReport r;
    r.inputs = {{"mail.csv", "", 0}, {"site.yaml", "", 0}};
    r.count = count_of({{"mail.csv",
                         "voter,ballot,cast_at,accept,strike\n"
                         "A1,S1,2020-01-14T10:00,yes,no\n"
                         "A2,S2,2020-01-01T10:00,no,abstain\n"
                         "Z9,S3,2020-01-14T10:00,abstain,yes\n"},
                        {"site.yaml", "ballots:\n  - {voter: A1, ballot: S4, accept: NO, strike: Yes}\n"}},
                       o, &roster);
    std::string csv = tally_audit(r);
    CHECK(csv ==
          "file,line,voter,ballot,status\n"
          "mail.csv,2,A1,S1,duplicate\n"
          "mail.csv,3,A2,S2,outside-window\n"
          "mail.csv,4,Z9,S3,not-on-roster\n");
    // Read it back: five cells a row, and not one of them a choice.
    auto in = Input::from_string("audit.csv", csv);
    CsvReader reader(*in);
    int rows = 0;
    while (reader.next()) {
        ++rows;
        CHECK(reader.fields().size() == 5);
        for (std::string_view cell : reader.fields()) {
            std::string lower;
            for (char ch : cell) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
            CHECK(lower != "yes");
            CHECK(lower != "no");
            CHECK(lower != "abstain");
        }
    }
    CHECK(rows == 4);
}

TEST_CASE("the audit is in file order, then line order") {
    Roster roster = roster_of("voter\nV1\nV2\n");
    TallyOptions o;
    o.duplicates = TallyOptions::Keep::last;
    Count c = count_of({{"a.csv", "voter,accept\nX1,yes\nV1,yes\nV2,no\n"},
                        {"b.csv", "voter,accept\nX2,yes\nV2,yes\nV1,no\n"}},
                       o, &roster);
    CHECK(audit_of(c) == Lines{"2:X1::not-on-roster", "3:V1::duplicate", "4:V2::duplicate", "1/2:X2::not-on-roster"});
}

// ---- header errors ----------------------------------------------------------------------

TEST_CASE("a reserved column named twice in different case is an error at the second") {
    Tally t = run({{"ballots.csv", "voter,accept,Voter\nV1,yes,V1\n"}});
    REQUIRE(t.error);
    CHECK(t.error->line == 1);
    CHECK(t.error->column == 14);
    CHECK(t.error->message.find("appears twice") != std::string::npos);
}

TEST_CASE("a question column named twice is an error") {
    Tally t = run({{"ballots.csv", "voter,accept,accept\nV1,yes,no\n"}});
    REQUIRE(t.error);
    CHECK(t.error->column == 14);
}

TEST_CASE("a header column without a name is an error") {
    Tally t = run({{"ballots.csv", "voter,,accept\nV1,,yes\n"}});
    REQUIRE(t.error);
    CHECK(t.error->line == 1);
    CHECK(t.error->column == 7);
}

TEST_CASE("a header without a question is an error") {
    Tally t = run({{"ballots.csv", "voter,ballot,unit,cast_at\nV1,S1,a,\n"}});
    REQUIRE(t.error);
    CHECK(t.error->message.find("names no question") != std::string::npos);
}

TEST_CASE("an empty ballot file is an error at its first line") {
    Tally t = run({{"ballots.csv", ""}});
    REQUIRE(t.error);
    CHECK(t.error->file == "ballots.csv");
    CHECK(t.error->line == 1);
}

TEST_CASE("a header-only ballot file counts nothing") {
    Count c = count_csv("voter,accept\n");
    CHECK(c.received == 0);
    CHECK(counted(c) == 0);
}

// ---- a big tally against a model of the spec ------------------------------------------

namespace {

struct Model {
    long long received = 0, duplicate = 0, outside = 0, unlisted = 0;
    std::vector<AnswerCounts> units;  // u0..u4
    std::vector<std::string> audit;
};

struct Ballot {
    long long line;
    std::string voter, serial;  // trimmed
    bool outside;
    Answer answer;
};

std::string pad(Lcg& rng, const std::string& s) {
    switch (rng.below(6)) {
        case 0: return "\"" + s + "\"";
        case 1: return " " + s + "\t";
        case 2: return "\"" + std::string(rng.below(700), ' ') + s + "\"";
        default: return s;
    }
}

}  // namespace

// Reads `text` through a pipe in uneven pieces, as `bargain tally -` would.
Tally run_through_pipe(const std::string& text, const TallyOptions& options, const Roster* roster) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::thread writer([&] {
        Lcg rng{7};
        size_t at = 0;
        while (at < text.size()) {
            size_t n = std::min<size_t>(1 + rng.below(5000), text.size() - at);
            ssize_t w = ::write(fds[1], text.data() + at, n);
            if (w <= 0) break;
            at += static_cast<size_t>(w);
        }
        ::close(fds[1]);
    });
    Tally t;
    {
        Counter counter(options, roster);
        auto in = Input::open("/dev/fd/" + std::to_string(fds[0]));
        REQUIRE(in.ok());
        counter.begin_file(0, "-");
        auto read = test::read_ballot_records(**in, 0, counter);
        (*in)->sha256();  // drains the pipe
        if (!read) {
            t.error = read.error();
        } else {
            auto count = counter.finish();
            if (count) t.count = std::move(*count);
            else t.error = count.error();
        }
    }
    writer.join();
    ::close(fds[0]);
    return t;
}

TEST_CASE("sixty thousand ballots with a roster count exactly as the spec says") {
    const int roster_size = 20000, units = 5;
    std::string roster_csv = "voter,unit\n";
    std::vector<int> unit_of(roster_size);
    Lcg rng{42};
    for (int i = 0; i < roster_size; ++i) {
        unit_of[i] = static_cast<int>(rng.below(units));
        roster_csv += "V" + std::to_string(i) + ",u" + std::to_string(unit_of[i]) + "\n";
    }
    Roster roster = roster_of(roster_csv);
    REQUIRE(roster.size() == static_cast<size_t>(roster_size));

    for (bool keep_last : {false, true}) {
        CAPTURE(keep_last);
        std::string csv = "voter,ballot,unit,cast_at,accept\n";
        std::vector<Ballot> ballots;
        const char* answers[] = {"yes", "no", "abstain", "", "maybe"};
        const Answer kinds[] = {Answer::yes, Answer::no, Answer::abstain, Answer::blank, Answer::spoiled};
        long long line = 2;
        for (int i = 0; i < 60000; ++i) {
            Ballot b{line, "", "", false, Answer::blank};
            std::uint32_t who = rng.below(100);
            if (who < 85) b.voter = "V" + std::to_string(rng.below(roster_size));
            else if (who < 90) b.voter = "X" + std::to_string(rng.below(500));
            if (who >= 95 || rng.below(2)) b.serial = "S" + std::to_string(rng.below(90000));
            std::uint32_t when = rng.below(20);
            std::string cast_at = when == 0   ? "2020-01-12T10:00"
                                  : when == 1 ? ""
                                              : "2020-01-1" + std::to_string(3 + rng.below(4)) + "T12:00:00";
            b.outside = when == 0;
            std::uint32_t a = rng.below(5);
            b.answer = kinds[a];
            std::string answer = pad(rng, answers[a]);
            csv += (b.voter.empty() ? std::string() : pad(rng, b.voter)) + "," + b.serial + ",u" +
                   std::to_string(rng.below(units)) + "," + cast_at + "," + answer + "\n";
            if (answer.find('\n') != std::string::npos) ++line;
            ++line;
            if (rng.below(50) == 0) {
                csv += "\n";  // a blank line
                ++line;
            }
            ballots.push_back(b);
        }

        // The model: window, then duplicates among records still in play, then the roster.
        Model m;
        m.units.resize(units);
        std::map<std::string, size_t> kept;  // key -> index of the ballot that stands
        std::vector<bool> stands(ballots.size(), false);
        auto listed = [&](const Ballot& b) { return !b.voter.empty() && b.voter[0] == 'V'; };
        for (size_t i = 0; i < ballots.size(); ++i) {
            const Ballot& b = ballots[i];
            ++m.received;
            if (b.outside) {
                ++m.outside;
                continue;
            }
            std::string key = !b.voter.empty() ? "v:" + b.voter : !b.serial.empty() ? "s:" + b.serial : "";
            if (!key.empty()) {
                auto it = kept.find(key);
                if (it != kept.end()) {
                    ++m.duplicate;
                    if (!keep_last) continue;
                    stands[it->second] = false;
                    it->second = i;
                    stands[i] = true;
                    continue;
                }
                kept[key] = i;
            }
            stands[i] = true;
        }
        std::vector<std::string> audit;
        for (size_t i = 0; i < ballots.size(); ++i) {
            const Ballot& b = ballots[i];
            std::string where = std::to_string(b.line) + ":" + b.voter + ":" + b.serial + ":";
            if (b.outside) {
                audit.push_back(where + "outside-window");
            } else if (!stands[i]) {
                audit.push_back(where + "duplicate");
            } else if (!listed(b)) {
                ++m.unlisted;
                audit.push_back(where + "not-on-roster");
            } else {
                int u = unit_of[std::stoi(b.voter.substr(1))];
                m.units[static_cast<size_t>(u)].add(b.answer);
            }
        }

        TallyOptions o = window("2020-01-13T07:00", "2020-01-17T19:00");
        if (keep_last) o.duplicates = TallyOptions::Keep::last;
        for (bool piped : {false, true}) {
        CAPTURE(piped);
        Count c;
        if (piped) {
            Tally t = run_through_pipe(csv, o, &roster);
            if (t.error) FAIL("unexpected error: " << t.error->located());
            c = std::move(*t.count);
        } else {
            c = count_csv(csv, o, &roster);
        }
        CHECK(c.received == m.received);
        CHECK(c.outside_window == m.outside);
        CHECK(c.duplicate == m.duplicate);
        CHECK(c.not_on_roster == m.unlisted);
        const Count::Question& q = question(c, "accept");
        REQUIRE(q.by_unit.size() == static_cast<size_t>(units));
        for (int u = 0; u < units; ++u) {
            CAPTURE(u);
            size_t at = static_cast<size_t>(std::find(c.units.begin(), c.units.end(), "u" + std::to_string(u)) -
                                            c.units.begin());
            REQUIRE(at < c.units.size());
            CHECK(q.by_unit[at].yes == m.units[static_cast<size_t>(u)].yes);
            CHECK(q.by_unit[at].no == m.units[static_cast<size_t>(u)].no);
            CHECK(q.by_unit[at].abstain == m.units[static_cast<size_t>(u)].abstain);
            CHECK(q.by_unit[at].blank == m.units[static_cast<size_t>(u)].blank);
            CHECK(q.by_unit[at].spoiled == m.units[static_cast<size_t>(u)].spoiled);
        }
        CHECK(q.no_unit.cast() == 0);
        std::vector<std::string> got = audit_of(c);
        REQUIRE(got.size() == audit.size());
        for (size_t i = 0; i < audit.size(); ++i) {
            CAPTURE(i);
            REQUIRE(got[i] == audit[i]);
        }
        }
    }
}

// ---- errors come in file order ------------------------------------------------------------

TEST_CASE("by unit, an earlier ballot's missing unit is reported before a later bad cast_at") {
    TallyOptions o;
    o.by_unit = true;
    Tally t = run({{"ballots.csv", "voter,unit,cast_at,accept\nV1,a,,yes\nV2,,,no\nV3,a,2026-02-30,yes\n"}}, o);
    REQUIRE(t.error);
    CHECK(t.error->line == 3);
    CHECK(t.error->message.find("no unit") != std::string::npos);
}

TEST_CASE("by unit, an earlier ballot's missing unit is reported before a later ragged row") {
    TallyOptions o;
    o.by_unit = true;
    Tally t = run({{"ballots.csv", "voter,unit,accept\nV1,a,yes\nV2,,no\nV3,a\n"}}, o);
    REQUIRE(t.error);
    CHECK(t.error->line == 3);
}

TEST_CASE("by unit, a missing unit far into a big file is reported at its line") {
    TallyOptions o;
    o.by_unit = true;
    std::string csv = "voter,unit,accept\n";
    for (int i = 0; i < 50000; ++i) csv += "V" + std::to_string(i) + ",u" + std::to_string(i % 3) + ",yes\n";
    csv += "W1,,no\n";
    for (int i = 0; i < 100; ++i) csv += "Z" + std::to_string(i) + ",u1,no\n";
    Tally t = run({{"ballots.csv", csv}}, o);
    REQUIRE(t.error);
    CHECK(t.error->line == 50002);
}

// ---- a ballot the count cannot place ends its file ----------------------------------------

namespace {
// Every problem reading one file into a Counter by unit gives, in order.
std::vector<std::string> problems_by_unit(const std::string& name, const std::string& text) {
    TallyOptions o;
    o.by_unit = true;
    Counter counter(o, nullptr);
    counter.begin_file(0, name);
    auto in = Input::from_string(name, text);
    std::vector<Diagnostic> problems;
    read_ballots(*in, 0, {}, counter, problems);
    std::vector<std::string> out;
    for (const Diagnostic& d : problems) out.push_back(d.located());
    return out;
}
}  // namespace

TEST_CASE("by unit, a CSV ballot the count cannot place is the file's last problem") {
    // Line 4 is ragged and line 5 has no unit either: past where the file stopped.
    auto problems = problems_by_unit("ballots.csv", "voter,unit,accept\nV1,a,yes\nV2,,no\nV3,a\nV4,,no\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "ballots.csv:3:4: this ballot has no unit (its unit cell is empty), so --by-unit cannot "
                         "place it: fill in its unit");
}

TEST_CASE("by unit, a problem before the ballot the count cannot place is still told, in file order") {
    // 40 rows: the refused ballot at line 36 is in the second batch the
    // reader hands over, after the ragged row at line 3.
    std::string csv = "voter,unit,accept\nV1,a,yes\nV2,a\n";
    for (int i = 4; i < 36; ++i) csv += "V" + std::to_string(i) + ",a,yes\n";
    csv += "W1,,no\nW2,a\n";
    auto problems = problems_by_unit("ballots.csv", csv);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].starts_with("ballots.csv:3:4: this row has 2 fields"));
    CHECK(problems[1].starts_with("ballots.csv:36:4: this ballot has no unit"));
}

TEST_CASE("by unit, a YAML ballot or return the count cannot place ends the file") {
    CHECK(problems_by_unit("ballots.yaml",
                           "ballots:\n"
                           "  - {voter: V1, unit: a, accept: yes}\n"
                           "  - {voter: V2, accept: no}\n"
                           "  - {voter: V3, accept: [yes]}\n"
                           "returns:\n"
                           "  - {site: Hall, accept: {yes: 4}}\n") == Lines{"ballots.yaml:3:5: this ballot has no unit (its unit cell is empty), so --by-unit "
                                       "cannot place it: fill in its unit"});
    CHECK(problems_by_unit("ballots.yaml",
                           "returns:\n"
                           "  - {site: Hall, accept: {yes: 4}}\n"
                           "  - {site: Depot, accept: {yes: 2}}\n") == Lines{"ballots.yaml:2: this return has no unit, so --by-unit cannot place it"});
}

TEST_CASE("the Counter refuses a ballot it cannot place as a value, and takes no ballot after it in the batch") {
    TallyOptions o;
    o.by_unit = true;
    Counter counter(o, nullptr);
    counter.begin_file(0, "ballots.csv");
    std::uint32_t accept = counter.question("accept");
    std::vector<BallotRecord> batch(3);
    const char* units[] = {"a", "", "a"};
    for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i].line = static_cast<long long>(i) + 2;
        batch[i].voter = i == 0 ? "V1" : i == 1 ? "V2" : "V3";
        batch[i].unit = units[i];
        batch[i].marks.push_back({accept, Answer::yes});
    }
    std::optional<Diagnostic> refused = counter.ballots(batch);
    REQUIRE(refused);
    CHECK(refused->file == "ballots.csv");
    CHECK(refused->line == 3);
    CHECK(refused->message.find("no unit") != std::string::npos);
    auto count = counter.finish();
    REQUIRE(count.ok());
    CHECK(total(*count).yes == 1);  // V1's; V3's never reached the count
}

TEST_CASE("a window that closes before it opens is empty") {
    CHECK(window_is_empty(window("2020-01-17T19:00", "2020-01-13T07:00")));
    CHECK_FALSE(window_is_empty(window("2020-01-13T07:00", "2020-01-17T19:00")));
    CHECK_FALSE(window_is_empty(window("2020-01-13T07:00", "2020-01-13T07:00")));
    CHECK_FALSE(window_is_empty(window("2020-01-13T07:00", nullptr)));
}

TEST_CASE("a window closing on the bare date it opens is open all that day") {
    CHECK_FALSE(window_is_empty(window("2020-01-17T10:00", "2020-01-17")));
    CHECK(window_is_empty(window("2020-01-18T00:00", "2020-01-17")));
}

TEST_CASE("window edges in different offsets are compared as instants") {
    // Opens 13:00Z, closes 12:30Z: empty, though the wall clock reads later.
    CHECK(window_is_empty(window("2020-01-13T07:00-06:00", "2020-01-13T14:30+02:00")));
}

TEST_CASE("a voter id over 1024 bytes is an error at its cell") {
    Tally t = run({{"ballots.csv", "accept,voter\nyes,\"" + std::string(1025, 'x') + "\"\n"}});
    REQUIRE(t.error);
    CHECK(t.error->line == 2);
    CHECK(t.error->column == 5);
    CHECK(t.error->message.find("1024") != std::string::npos);
}

TEST_CASE("a YAML file without any question leaves nothing to tally") {
    Tally t = run({{"ballots.yaml", "ballots:\n  - {voter: V1}\n"}});
    REQUIRE(t.error);
    CHECK(t.error->message.find("nothing to tally") != std::string::npos);
}
