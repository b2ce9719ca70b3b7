// The bargaining log: where each article stands follows the sessions'
// resolved dates, and the span is the notices' words, not a second copy.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "sessions/session_log.h"
#include "sessions/sessions_report.h"

using namespace bargain;

namespace {

struct Loaded {
    Campaign campaign;
    Timeline timeline;
};

Loaded load(const std::string& yaml) {
    CampaignLoad c = load_campaign_text("campaign.yaml", "bargain: 1\ncampaign: {name: Test}\n" + yaml);
    for (const Diagnostic& d : c.problems) FAIL_CHECK(d.located());
    TimelineLoad t = resolve_timeline(c.campaign, "campaign.yaml");
    for (const Diagnostic& d : t.problems) FAIL_CHECK(d.located());
    return {std::move(c.campaign), std::move(t.timeline)};
}

}  // namespace

TEST_CASE("each article stands where its latest proposal put it") {
    Loaded l = load(
        "sessions:\n"
        "  - id: s1\n    date: 2019-07-09\n    proposals:\n"
        "      - {article: Wages, side: union, summary: 4% each year}\n"
        "      - {article: Parental leave, side: union, status: open}\n"
        "  - id: s2\n    date: 2019-08-13\n    proposals:\n"
        "      - {article: Wages, side: employer, summary: 1% each year}\n"
        "      - {article: Parental leave, side: employer, status: ta}\n");
    SessionLog log = session_log(l.campaign, l.timeline, "campaign.yaml");
    REQUIRE(log.problems.empty());
    CHECK(log.count == 2);
    CHECK(format_date(*log.first) == "2019-07-09");
    CHECK(format_date(*log.last) == "2019-08-13");
    REQUIRE(log.articles.size() == 2);
    CHECK(log.articles[0].article == "Wages");
    CHECK(log.articles[0].latest().proposal->side == Side::employer);
    CHECK(log.articles[0].latest().session->id == "s2");
    CHECK(log.articles[0].history.size() == 2);
    CHECK(log.articles[1].latest().proposal->status == ProposalStatus::ta);
    CHECK(log.find("Parental leave") == &log.articles[1]);
    CHECK(log.find("parental leave") == nullptr);
}

TEST_CASE("a session dated after another counts as later wherever it is written") {
    Loaded l = load(
        "sessions:\n"
        "  - {id: s2, date: {after: s1, days: 7}, proposals: [{article: Wages, status: ta}]}\n"
        "  - {id: s1, date: 2019-07-09, proposals: [{article: Wages, status: open}]}\n"
        "  - {id: s0, proposals: [{article: Wages, status: withdrawn}]}\n");
    SessionLog log = session_log(l.campaign, l.timeline, "campaign.yaml");
    REQUIRE(log.articles.size() == 1);
    // s1, then s2 a week later, then s0, which has no date and comes last.
    const auto& h = log.articles[0].history;
    REQUIRE(h.size() == 3);
    CHECK(h[0].session->id == "s1");
    CHECK(h[1].session->id == "s2");
    CHECK(format_date(*h[1].date) == "2019-07-16");
    CHECK(h[2].session->id == "s0");
    CHECK_FALSE(h[2].date);
    CHECK(log.articles[0].latest().proposal->status == ProposalStatus::withdrawn);
    CHECK(log.count == 3);
    CHECK(format_date(*log.last) == "2019-07-16");
}

TEST_CASE("sessions on the same day keep their file order") {
    Loaded l = load(
        "sessions:\n"
        "  - {id: morning, date: 2019-07-09, proposals: [{article: Wages, status: open}]}\n"
        "  - {id: afternoon, date: 2019-07-09, proposals: [{article: Wages, status: ta}]}\n");
    SessionLog log = session_log(l.campaign, l.timeline, "campaign.yaml");
    CHECK(log.articles[0].latest().session->id == "afternoon");
}

TEST_CASE("a proposal without an article is named, not a blank row") {
    Loaded l = load("sessions:\n  - id: s1\n    date: 2019-07-09\n    proposals:\n      - {side: union}\n");
    SessionLog log = session_log(l.campaign, l.timeline, "campaign.yaml");
    REQUIRE(log.problems.size() == 1);
    CHECK(log.problems[0].located() ==
          "campaign.yaml:4:5: a proposal in session 's1' names no article: give it one, like article: Wages");
}

TEST_CASE("the span runs from the first session to --today, in the notices' words") {
    Loaded l = load("sessions:\n  - {id: s1, date: 2019-07-09, proposals: [{article: Wages, side: union}]}\n");
    SessionLog log = session_log(l.campaign, l.timeline, "campaign.yaml");
    SessionsReport r{"Test", &log, Date(std::chrono::year(2020) / 2 / 3), nullptr, {}};
    std::string json = sessions_json(r);
    CHECK(json.find("\"span\": \"nearly seven months\"") != std::string::npos);
    r.until.reset();
    CHECK(sessions_json(r).find("\"span\": \"less than a day\"") != std::string::npos);
}

TEST_CASE("no sessions: a count of zero and no dates, in every format") {
    Loaded l = load("");
    SessionLog log = session_log(l.campaign, l.timeline, "campaign.yaml");
    SessionsReport r{"Test", &log, std::nullopt, nullptr, {}};
    CHECK(sessions_json(r) ==
          "{\n  \"count\": 0,\n  \"first\": null,\n  \"last\": null,\n  \"span\": null,\n  \"articles\": []\n}\n");
    CHECK(sessions_csv(r) == "article,side,status,last_session,last_date,sections\n");
    CHECK(sessions_text(r) == "Test: bargaining sessions\n\n  sessions  0\n\n  (no proposals)\n");
}
