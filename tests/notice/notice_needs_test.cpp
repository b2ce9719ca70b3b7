// What each built-in notice needs from the campaign: a value it would
// leave a hole for is refused at its place, with the key to add, all at
// once; a draft shows a placeholder in each hole, in every format; and a
// letter whose own dates break the statute it cites is refused unless it
// is a draft.
#include <doctest/doctest.h>

#include <sstream>

#include "campaign/constraint_check.h"
#include "io/input.h"
#include "notice/notice.h"

using namespace bargain;

namespace {

CheckedCampaign load(const std::string& text) {
    auto in = Input::from_string("campaign.yaml", text);
    CheckedCampaign c = load_and_check(*in);
    REQUIRE(c.problems.empty());
    return c;
}

Notice render(const CheckedCampaign& c, const std::string& event, const std::string& builtin = "",
              NoticeFormat format = NoticeFormat::text, bool draft = false) {
    NoticeRequest r;
    r.event = event;
    r.builtin = builtin;
    r.format = format;
    r.draft = draft;
    auto out = render_notice(c, "campaign.yaml", r);
    REQUIRE_MESSAGE(out.ok(), out.error().located());
    return *out;
}

std::vector<std::string> messages(const std::vector<MissingValue>& missing) {
    std::vector<std::string> out;
    for (const MissingValue& m : missing) out.push_back(m.problem.located());
    return out;
}

std::vector<std::string> placeholders(const std::vector<MissingValue>& missing) {
    std::vector<std::string> out;
    for (const MissingValue& m : missing) out.push_back(m.placeholder);
    return out;
}

// A campaign that gives nothing but its name and the events' dates.
const char* kBare = R"(bargain: 1
campaign: {name: Bare}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
  - {id: picket, kind: picket, date: 2020-02-04}
  - {id: talks, kind: meeting, date: 2020-02-05}
)";

// The text as sentences, whatever the line breaks.
std::string flat(const std::string& text) {
    std::string out;
    for (char ch : text)
        if (!(ch == ' ' || ch == '\n') || (!out.empty() && out.back() != ' ')) out += ch == '\n' ? ' ' : ch;
    return out;
}

}  // namespace

TEST_CASE("a letter the campaign gives nothing for is refused, with every missing value at once, at the event") {
    Notice n = render(load(kBare), "notice");
    CHECK(n.refused);
    CHECK(n.text.empty());
    CHECK(messages(n.missing) ==
          std::vector<std::string>{
              "campaign.yaml:4:5: the intent-to-strike letter for 'notice' needs the union's address, its sender: add "
              "`union_address:` under `campaign:`",
              "campaign.yaml:4:5: the intent-to-strike letter for 'notice' needs the employer's name: add `employer:` "
              "under `campaign:`",
              "campaign.yaml:4:5: the intent-to-strike letter for 'notice' needs the employer's address, where it is "
              "served: add `employer_address:` under `campaign:`",
              "campaign.yaml:4:5: the intent-to-strike letter for 'notice' needs the bargaining units that give "
              "notice: list them under `units:`, each with its `id:` and `name:`",
          });
    CHECK(placeholders(n.missing) ==
          std::vector<std::string>{"[UNION ADDRESS]", "[EMPLOYER]", "[EMPLOYER ADDRESS]", "[BARGAINING UNIT]"});
}

TEST_CASE("a unit the letter lists without a name is reported at the unit; a short name will do") {
    CheckedCampaign c = load(R"(bargain: 1
campaign: {name: T, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
units:
  - {id: l1}
  - {id: l2, short: Local 2}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
)");
    Notice n = render(c, "notice");
    CHECK(messages(n.missing) == std::vector<std::string>{"campaign.yaml:4:5: the intent-to-strike letter for 'notice' "
                                                          "names each unit, and unit 'l1' has no name: add `name:` "
                                                          "to it"});
    Notice draft = render(c, "notice", "", NoticeFormat::text, true);
    CHECK(draft.text.find("  - [NAME OF UNIT l1]\n  - Local 2\n") != std::string::npos);
}

TEST_CASE("the media advisory needs where the picket is, and who takes part: the event's who, else the units") {
    Notice bare = render(load(kBare), "picket");
    CHECK(messages(bare.missing) ==
          std::vector<std::string>{
              "campaign.yaml:5:5: the media advisory for 'picket' needs who takes part: add `who:` to the event, or "
              "list the bargaining units under `units:`",
              "campaign.yaml:5:5: the media advisory for 'picket' needs where the picket takes place: add "
              "`locations:` to the event, each with a `name:`, `address:` and `city:`",
          });

    Notice with_units = render(load(R"(bargain: 1
campaign: {name: T}
units: [{id: l1, name: Local 1}]
events:
  - {id: picket, kind: picket, date: 2020-02-04, locations: [{name: Gate 3}, {}]}
)"),
                               "picket");
    CHECK(messages(with_units.missing) ==
          std::vector<std::string>{"campaign.yaml:5:5: the media advisory for 'picket' lists location 2, which names "
                                   "no place: give it a `name:`, `address:` or `city:`"});
}

TEST_CASE("the press release needs only the units' names, and only when it names their affiliate") {
    CHECK(render(load(kBare), "talks", "press-release").missing.empty());
    Notice n = render(load(R"(bargain: 1
campaign: {name: T}
units: [{id: l1}]
affiliate: AFSCME Council 31
events:
  - {id: talks, kind: meeting, date: 2020-02-05}
)"),
                      "talks", "press-release");
    CHECK(placeholders(n.missing) == std::vector<std::string>{"[NAME OF UNIT l1]"});
}

TEST_CASE("a draft puts a visible placeholder in each hole, in every format, and leaves no other hole") {
    CheckedCampaign c = load(kBare);
    for (const char* event : {"notice", "picket"})
        for (const BuiltinTemplate& t : builtin_templates())
            for (NoticeFormat f : {NoticeFormat::text, NoticeFormat::markdown, NoticeFormat::html}) {
                if (std::string(t.name) == "ballot-result") continue;  // a vote's, not an event's
                CAPTURE(event);
                CAPTURE(t.name);
                CAPTURE(static_cast<int>(f));
                Notice n = render(c, event, t.name, f, true);
                REQUIRE(!n.refused);
                for (const MissingValue& m : n.missing) {
                    std::string shown = m.placeholder;
                    if (f == NoticeFormat::markdown) shown = "\\[" + shown.substr(1, shown.size() - 2) + "\\]";
                    CHECK(n.text.find(shown) != std::string::npos);
                }
                if (f != NoticeFormat::text) continue;
                std::string text = flat(n.text);
                for (const char* hole : {" ,", " .", ", ,", "()", ": :", "To the employer, :", "Members of ,",
                                         "WHO: WHEN", "WHERE: WHY", "union members"})
                    CHECK_MESSAGE(text.find(hole) == std::string::npos, hole);
            }
    Notice letter = render(c, "notice", "", NoticeFormat::text, true);
    CHECK(flat(letter.text).find("To the employer, [EMPLOYER]:") != std::string::npos);
    CHECK(flat(letter.text).find("on the employer, [EMPLOYER], [EMPLOYER ADDRESS], by:") != std::string::npos);
    Notice advisory = render(c, "picket", "", NoticeFormat::text, true);
    CHECK(advisory.text.find("WHO: [WHO]\n") != std::string::npos);
    CHECK(advisory.text.find("WHERE: [LOCATION]\n") != std::string::npos);
}

TEST_CASE("a name is printed as written, with no article before it") {
    CheckedCampaign c = load(R"(bargain: 1
campaign: {name: T, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
units: [{id: l1, name: Local 1}]
affiliate: AFSCME Council 31
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
  - {id: picket, kind: picket, date: 2020-02-04, locations: [{city: Springfield}]}
)");
    std::string letter = flat(render(c, "notice").text);
    CHECK(letter.find("To the employer, Acme Corp:") != std::string::npos);
    CHECK(letter.find("an affiliate of AFSCME Council 31,") != std::string::npos);
    CHECK(letter.find("on the employer, Acme Corp, 1 Main St., by:") != std::string::npos);
    std::string advisory = flat(render(c, "picket").text);
    CHECK(advisory.find("AFSCME Council 31 members who work for Acme Corp have been bargaining") != std::string::npos);
    CHECK(advisory.find("Local 1 is an affiliate of AFSCME Council 31.") != std::string::npos);
    CHECK(advisory.find("the Acme") == std::string::npos);
    CHECK(advisory.find("the AFSCME") == std::string::npos);
}

TEST_CASE("notice_problems() gives what the event's default template misses, for bargain check") {
    CheckedCampaign c = load(kBare);
    CHECK(notice_problems(c, c.campaign.events[0], "campaign.yaml").size() == 4);
    CHECK(notice_problems(c, c.campaign.events[1], "campaign.yaml").size() == 2);
    CHECK(notice_problems(c, c.campaign.events[2], "campaign.yaml").empty());  // a meeting has no default
}

namespace {

// The strike two days after the notice, where 5 ILCS 315/17 asks five.
const char* kTooSoon = R"(bargain: 1
campaign:
  name: T
  employer: Acme
  employer_address: 1 Main St.
  union_address: 2 Hall Rd.
  law: illinois-iplra
  contract_expires: 2020-01-01
units: [{id: l1, name: Local 1}]
events:
  - {id: med, kind: mediation, date: 2020-02-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
  - {id: strike, kind: strike, date: 2020-02-12, locations: [{city: Springfield}]}
constraints:
  - {event: strike, not_before: 2020-03-01}
)";

}  // namespace

TEST_CASE("a letter whose strike comes sooner than its statute allows is refused, citing it; a draft is written") {
    CheckedCampaign c = load(kTooSoon);
    Notice n = render(c, "notice");
    CHECK(n.refused);
    CHECK(n.text.empty());
    REQUIRE(n.unlawful.size() == 1);
    CHECK(n.unlawful[0].constraint == "illinois-iplra: notice");
    CHECK(n.unlawful[0].source == "5 ILCS 315/17");
    CHECK(n.unlawful[0].where.line == 13);
    // The campaign's own constraint is not the statute: a warning.
    REQUIRE(n.violations.size() == 1);
    CHECK(n.violations[0].constraint == "constraints[0]");

    Notice draft = render(c, "notice", "", NoticeFormat::text, true);
    CHECK(!draft.refused);
    CHECK(draft.unlawful.size() == 1);
    CHECK(flat(draft.text).find("The strike will begin on Wednesday, February 12, 2020, two days after") !=
          std::string::npos);
}

TEST_CASE("only a letter is refused for its statute: the strike's advisory warns, and a team's own letter is one") {
    CheckedCampaign c = load(kTooSoon);
    Notice advisory = render(c, "strike");
    CHECK(!advisory.refused);
    CHECK(advisory.unlawful.empty());
    CHECK(advisory.violations.size() == 2);
    CHECK(!render(c, "notice", "press-release").refused);

    NoticeRequest own;
    own.event = "notice";
    own.user = TemplateSource{"letter.mustache", "To {{campaign.employer}}: we strike {{strike.date.long}}.\n"};
    auto letter = render_notice(c, "campaign.yaml", own);
    REQUIRE(letter.ok());
    CHECK(letter->refused);
    CHECK(letter->unlawful.size() == 1);
    CHECK(letter->missing.empty());  // a team's template chooses what it needs
}

TEST_CASE("a team's template that prints a value this campaign leaves empty is written, with a warning") {
    CheckedCampaign c = load(kBare);
    NoticeRequest r;
    r.event = "picket";
    r.user = TemplateSource{"mine.mustache", "Dear {{campaign.employer}},\n{{#campaign.employer_address}}{{campaign."
                                             "employer_address}}{{/campaign.employer_address}}\n"};
    auto n = render_notice(c, "campaign.yaml", r);
    REQUIRE(n.ok());
    CHECK(!n->refused);
    CHECK(n->text == "Dear ,\n\n");
    REQUIRE(n->warnings.size() == 1);
    CHECK(n->warnings[0].located() ==
          "mine.mustache:1:6: 'campaign.employer' is empty for this campaign, so nothing is printed here; to print it "
          "only when it is given, put it in {{#campaign.employer}}...{{/campaign.employer}}");
}
