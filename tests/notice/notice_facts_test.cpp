// The facts a notice states, computed from the campaign and its ballots as
// of the issue date: the SOS campaign's advisory says what the seed says.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "campaign/constraint_check.h"
#include "io/input.h"
#include "notice/notice_facts.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::day;
using bargain::test::rule;
using bargain::test::votes;

namespace {


CheckedCampaign sos() {
    auto in = Input::open(std::string(BARGAIN_SOURCE_DIR) + "/examples/sos-2020/campaign.yaml");
    REQUIRE(in.ok());
    CheckedCampaign c = load_and_check(**in);
    REQUIRE(c.problems.empty());
    return c;
}

NoticeFacts facts_for(const CheckedCampaign& c, const char* event, std::optional<Date> issued = std::nullopt) {
    auto f = gather_notice_facts(c, "campaign.yaml", event, issued);
    REQUIRE_MESSAGE(f.ok(), f.error().located());
    return *f;
}

CheckedCampaign from_text(const std::string& yaml) {
    CampaignLoad load = load_campaign_text("campaign.yaml", yaml);
    REQUIRE(load.problems.empty());
    CheckedCampaign c{std::move(load.campaign), {}, {}, {}};
    c.timeline = resolve_timeline(c.campaign, "campaign.yaml").timeline;
    return c;
}

VoteResult result(const char* rule_text, AnswerCounts counts, Outcome outcome) {
    VoteResult r{rule(rule_text), {}, {}};
    r.decision.overall.counts = counts;
    r.decision.overall.outcome = outcome;
    return r;
}

Vote vote(const char* question, VoteKind kind = VoteKind::other) {
    Vote v;
    v.question = question;
    v.kind = kind;
    return v;
}

}  // namespace

TEST_CASE("the SOS picket advisory's facts are the seed's, computed from the campaign and its ballots") {
    CheckedCampaign c = sos();
    NoticeFacts f = facts_for(c, "picket-feb4");
    CHECK(f.issued == day("2020-02-03"));  // the day before the picket
    CHECK(f.bargaining_span == "nearly seven months");
    CHECK(f.sessions_held == 2);
    REQUIRE(f.next_session);
    CHECK(f.next_session->date == day("2020-02-14"));
    CHECK(f.next_session->id == "next-session");
    REQUIRE(f.votes.size() == 2);
    REQUIRE(f.votes[0].result);
    CHECK(f.votes[0].result->decision.overall.outcome == Outcome::failed);
    CHECK(f.votes[0].result->decision.overall.counts.no == 152);
    CHECK(f.votes[0].result->decision.overall.counts.yes == 76);
    CHECK(f.votes[0].phrase == "rejected the employer's last, best offer by a 2-to-1 margin");
    CHECK(f.votes[0].when == "last month");
    CHECK(f.votes[1].phrase ==
          "overwhelmingly authorized the bargaining team to file an intent to strike notice");
    CHECK(f.votes_sentence ==
          "Last month, union members rejected the employer's last, best offer by a 2-to-1 margin and "
          "overwhelmingly authorized the bargaining team to file an intent to strike notice.");
    REQUIRE(f.strike);
    CHECK(f.strike->date == day("2020-02-25"));
    REQUIRE(f.mediation);
    CHECK(f.mediation->date == day("2020-01-28"));
    REQUIRE(f.law);
    CHECK(f.law->preset->citation == "5 ILCS 315/17");
    CHECK(f.law->rules.notice_days == 5);
}

TEST_CASE("an intent-to-strike notice is dated the day it is served; --date overrides any default") {
    CheckedCampaign c = sos();
    NoticeFacts notice = facts_for(c, "intent-notice");
    CHECK(notice.issued == day("2020-02-15"));
    REQUIRE(notice.strike);
    CHECK((notice.strike->date - notice.issued).count() == 10);
    CHECK(!notice.next_session);  // the session of February 14 is past

    NoticeFacts early = facts_for(c, "picket-feb4", day("2020-01-10"));
    CHECK(early.bargaining_span == "about six months");
    CHECK(early.votes_sentence.empty());  // the votes had not closed
    CHECK(!early.mediation);
}

TEST_CASE("a strike event is its own strike") {
    CheckedCampaign c = sos();
    NoticeFacts f = facts_for(c, "strike");
    REQUIRE(f.strike);
    CHECK(f.strike->id == "strike");
    CHECK(f.issued == day("2020-02-24"));
}

TEST_CASE("an unknown event, or an id that is not an event, is an error that says so") {
    CheckedCampaign c = sos();
    auto unknown = gather_notice_facts(c, "campaign.yaml", "picket-feb5", std::nullopt);
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().located() ==
          "campaign.yaml: no event or vote 'picket-feb5' in this campaign (did you mean 'picket-feb4'?)");
    auto session = gather_notice_facts(c, "campaign.yaml", "s1", std::nullopt);
    REQUIRE(!session.ok());
    CHECK(session.error().message ==
          "'s1' is a session: a notice is for one of the campaign's events, or for a vote's result");
}

TEST_CASE("a vote's id gives the facts of its result notice, issued the day it closed") {
    CheckedCampaign c = sos();
    auto facts = gather_notice_facts(c, "campaign.yaml", "lbo-vote", std::nullopt);
    REQUIRE(facts.ok());
    REQUIRE(facts->result_of != nullptr);
    CHECK(facts->result_of->id == "lbo-vote");
    CHECK(facts->event->id == "lbo-vote");
    CHECK(facts->issued == day("2020-01-17"));
    // The facts move with their event.
    NoticeFacts moved = std::move(*facts);
    CHECK(moved.event->title == "Result of the vote: Do you accept the employer's last, best offer?");
}

TEST_CASE("a vote whose ballots have not come in has no result; half its ballots is an error") {
    namespace fs = std::filesystem;
    // Other builds may run this test at the same time: a folder of its own.
    fs::path dir = fs::temp_directory_path() / ("bargain-notice-facts-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "in.csv") << "voter,cast_at,v\nA,2020-03-01,yes\nB,2020-03-01,yes\nC,2020-03-02,no\n";
    std::string yaml = R"(bargain: 1
campaign: {name: Test}
votes:
  - id: v
    kind: ratification
    question: "Do you ratify your tentative agreement?"
    closes: 2020-03-02T12:00
    ballots: [in.csv]
  - {id: w, kind: lbo, question: "Accept?", closes: 2020-03-02T12:00, ballots: [later.csv]}
events:
  - {id: r, kind: rally, date: 2020-03-10}
)";
    std::ofstream(dir / "campaign.yaml") << yaml;
    auto in = Input::open((dir / "campaign.yaml").string());
    REQUIRE(in.ok());
    CheckedCampaign c = load_and_check(**in);
    REQUIRE(c.problems.empty());
    NoticeFacts f = facts_for(c, "r");
    REQUIRE(f.votes.size() == 2);
    CHECK(f.votes[0].phrase == "ratified their tentative agreement by a 2-to-1 margin");
    CHECK(!f.votes[1].result);
    CHECK(f.votes_sentence == "This month, union members ratified their tentative agreement by a 2-to-1 margin.");

    c.campaign.votes[0].ballots.push_back("missing.csv");
    auto partial = gather_notice_facts(c, "campaign.yaml", "r", std::nullopt);
    REQUIRE(!partial.ok());
    CHECK(partial.error().message.find("vote 'v': its ballot file") == 0);
    CHECK(partial.error().message.find("missing.csv is missing while others are there") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("the next session is a session on or after the issue date, else an event titled as one") {
    CheckedCampaign c = from_text(R"(bargain: 1
campaign: {name: Test}
sessions:
  - {id: s1, date: 2020-01-06}
  - {id: s2, date: 2020-02-10}
events:
  - {id: later, kind: meeting, title: Next bargaining session, date: 2020-02-05}
  - {id: p, kind: picket, date: 2020-02-04}
)");
    NoticeFacts f = facts_for(c, "p");
    REQUIRE(f.next_session);
    CHECK(f.next_session->id == "s2");
    CHECK(f.sessions_held == 1);
    CHECK(f.bargaining_span == "four weeks");  // January 6 to February 3
}

TEST_CASE("what the members did, in the words of a release") {
    Campaign c;
    Vote lbo = vote("Do you accept the employer's last, best offer?", VoteKind::lbo);
    CHECK(vote_phrase(lbo, result("majority", votes(76, 152), Outcome::failed), c) ==
          "rejected the employer's last, best offer by a 2-to-1 margin");
    CHECK(vote_phrase(lbo, result("majority", votes(140, 100), Outcome::carried), c) ==
          "accepted the employer's last, best offer by a 1.4-to-1 margin");
    CHECK(vote_phrase(lbo, result("majority", votes(0, 90), Outcome::failed), c) ==
          "unanimously rejected the employer's last, best offer");
    // Four in five is overwhelming; one short of it is not.
    Vote strike = vote("Do you authorize a strike?", VoteKind::strike_authorization);
    CHECK(vote_phrase(strike, result("two-thirds", votes(80, 20), Outcome::carried), c) ==
          "overwhelmingly authorized a strike");
    CHECK(vote_phrase(strike, result("two-thirds", votes(79, 21), Outcome::carried), c) ==
          "authorized a strike by a 3.8-to-1 margin");
    CHECK(vote_phrase(strike, result("two-thirds", votes(20, 80), Outcome::failed), c) ==
          "overwhelmingly declined to authorize a strike");
    CHECK(vote_phrase(strike, result("two-thirds", votes(60, 40), Outcome::failed), c) ==
          "voted 60 to 40 to authorize a strike, short of what the rule requires (at least 2/3 of valid votes)");
    CHECK(vote_phrase(strike, result("two-thirds", votes(60, 40), Outcome::undetermined), c) ==
          "voted on whether to authorize a strike; challenged ballots will decide the result");
    CHECK(vote_phrase(strike, result("two-thirds", votes(0, 0, 3), Outcome::failed), c) ==
          "cast no valid votes on whether to authorize a strike");
}

TEST_CASE("a question that is not 'Do you VERB ...?' falls back on the vote's kind") {
    Campaign c;
    Offer o;
    o.id = "final";
    o.label = "final offer";
    c.offers.push_back(o);
    Vote lbo = vote("Accept?", VoteKind::lbo);
    lbo.offer = "final";
    CHECK(vote_phrase(lbo, result("majority", votes(1, 2), Outcome::failed), c) ==
          "rejected the employer's final offer by a 2-to-1 margin");
    Vote strike = vote("Strike?", VoteKind::strike_authorization);
    CHECK(vote_phrase(strike, result("majority", votes(9, 1), Outcome::carried), c) ==
          "overwhelmingly authorized a strike");
    CHECK(vote_phrase(vote("TA?", VoteKind::ratification), result("majority", votes(3, 2), Outcome::carried), c) ==
          "ratified the tentative agreement by a 1.5-to-1 margin");
    CHECK(vote_phrase(vote("Dues?"), result("majority", votes(3, 2), Outcome::carried), c) ==
          "approved the motion by a 1.5-to-1 margin");
}

TEST_CASE("months and days as of the issue date") {
    Date issued = day("2020-02-03");
    CHECK(month_phrase(day("2020-02-01"), issued) == "this month");
    CHECK(month_phrase(day("2020-01-17"), issued) == "last month");
    CHECK(month_phrase(day("2020-03-01"), issued) == "next month");
    CHECK(month_phrase(day("2019-12-10"), issued) == "in December");
    CHECK(month_phrase(day("2019-03-10"), issued) == "in March");
    CHECK(month_phrase(day("2019-02-10"), issued) == "in February 2019");
    CHECK(day_phrase(day("2020-02-03"), issued) == "today");
    CHECK(day_phrase(day("2020-02-04"), issued) == "tomorrow");
    CHECK(day_phrase(day("2020-02-02"), issued) == "yesterday");
    CHECK(day_phrase(day("2020-02-07"), issued) == "on Friday");
    CHECK(day_phrase(day("2020-02-10"), issued) == "on February 10");
    CHECK(day_phrase(day("2021-02-10"), issued) == "on February 10, 2021");
}
