// campaign.yaml as a team writes it: the shipped example loads exactly, and
// every kind of mistake is reported at its line and column, all at once,
// with hostile YAML (alias bombs, deep nesting) refused quickly.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "io/input.h"
#include "io/yaml_source.h"
#include "lines_maker.h"

using namespace bargain;
using namespace std::chrono;

namespace {

// Every problem as "c.yaml:LINE:COL: message", in the order reported.
std::vector<std::string> problems_of(const std::string& yaml) {
    std::vector<std::string> out;
    for (const Diagnostic& d : load_campaign_text("c.yaml", yaml).problems)
        out.push_back(d.located() + (d.help.empty() ? "" : " [" + d.help + "]"));
    return out;
}

// A valid file's first lines, so each test adds only what it is about.
const std::string kHead = "bargain: 1\ncampaign: {name: Fair contract}\n";

Date ymd(int y, unsigned m, unsigned d) { return sys_days(year(y) / month(m) / day(d)); }

}  // namespace

TEST_CASE("the SOS example loads with no problems and the right values") {
    auto in = Input::open(std::string(BARGAIN_SOURCE_DIR) + "/examples/sos-2020/campaign.yaml");
    REQUIRE(in.ok());
    CampaignLoad load = load_campaign(**in);
    for (const Diagnostic& d : load.problems) INFO(d.located());
    REQUIRE(load.problems.empty());
    const Campaign& c = load.campaign;

    CHECK(c.info.name == "SOS fair contract 2019-20");
    CHECK(c.info.zone.name() == "America/Chicago");
    CHECK(c.info.contract_expires == ymd(2019, 6, 30));
    CHECK(c.info.law == "illinois-iplra");
    CHECK(c.info.holidays == std::vector<Date>{ymd(2020, 1, 20), ymd(2020, 2, 17)});
    REQUIRE(c.info.contacts.size() == 1);
    CHECK(c.info.contacts[0].phone == "(217) 555-0100");

    REQUIRE(c.units.size() == 2);
    CHECK(c.units[0].id == "ifpe-4408");
    CHECK(c.units[0].short_name == "IFPE, Local 4408");
    CHECK(c.units[0].members == 180);
    CHECK(c.units[0].payroll_cents == 945000000);
    CHECK(c.units[1].payroll_cents == 525000000);

    REQUIRE(c.sessions.size() == 2);
    CHECK(c.sessions[0].start == minutes(600));
    CHECK(c.sessions[0].end == minutes(900));
    REQUIRE(c.sessions[0].proposals.size() == 3);
    CHECK(c.sessions[0].proposals[2].side == Side::employer);
    CHECK(c.sessions[0].proposals[2].status == ProposalStatus::ta);
    // The contract's language: a proposal on a section, an agreement signed.
    CHECK(c.contract.ends_with("contract/"));
    CHECK(c.sessions[0].proposals[0].section == "art-10.1");
    CHECK(c.sessions[0].proposals[0].change == LanguageChange::replace);
    CHECK(c.sessions[0].proposals[2].change == LanguageChange::unchanged);
    REQUIRE(c.sessions[1].proposals[0].signatures);
    CHECK(c.sessions[1].proposals[0].signatures->employer_name == "Marcus Bell");

    REQUIRE(c.offers.size() == 2);
    CHECK(c.offers[0].wages == std::vector<long long>{40000, 40000, 35000});
    CHECK(c.offers[1].wages == std::vector<long long>{15000, 20000, 20000});
    CHECK(c.offers[1].final);
    CHECK_FALSE(c.offers[0].final);
    CHECK(c.offers[1].side == Side::employer);

    REQUIRE(c.votes.size() == 2);
    CHECK(c.votes[0].kind == VoteKind::lbo);
    CHECK(c.votes[0].offer == "lbo");
    CHECK(c.votes[0].column == "accept");
    CHECK(c.votes[1].column == "strike");
    CHECK(c.votes[1].kind == VoteKind::strike_authorization);
    CHECK(c.votes[0].units == std::vector<std::string>{"ifpe-4408", "ifise-4407"});
    CHECK(c.votes[0].ballots == std::vector<std::string>{"ballots/lbo-vote.csv"});
    REQUIRE(c.votes[0].opens);
    CHECK(c.votes[0].opens->wall == sys_days(ymd(2020, 1, 13)) + hours(7));

    REQUIRE(c.events.size() == 5);
    CHECK(c.events[0].kind == EventKind::picket);
    CHECK(c.events[0].locations.size() == 4);
    CHECK(c.events[0].locations[3].city == "Chicago");
    const Event& notice = c.events[3];
    CHECK(notice.id == "intent-notice");
    REQUIRE(notice.date);
    REQUIRE(notice.date->relative());
    CHECK(notice.date->relative()->anchor == "next-session");
    CHECK(notice.date->relative()->after);
    CHECK(notice.date->relative()->days == 1);
    CHECK_FALSE(notice.date->relative()->business);
    CHECK(*c.events[1].date->absolute() == ymd(2020, 1, 28));

    REQUIRE(c.constraints.size() == 2);
    auto* order = std::get_if<OrderConstraint>(&c.constraints[0].rule);
    REQUIRE(order);
    CHECK(order->first == "intent-notice");
    CHECK(order->min_days == 5);
    auto* not_before = std::get_if<NotBeforeConstraint>(&c.constraints[1].rule);
    REQUIRE(not_before);
    CHECK(std::holds_alternative<ContractExpiry>(not_before->not_before));

    CHECK(c.resolve_path(c.votes[0].roster) ==
          std::string(BARGAIN_SOURCE_DIR) + "/examples/sos-2020/roster.csv");
    CHECK(c.resolve_path("/abs/roster.csv") == "/abs/roster.csv");
}

TEST_CASE("the format version is required and must be 1") {
    CHECK(problems_of("campaign: {name: x}\n") ==
          std::vector<std::string>{"c.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file"});
    CHECK(problems_of("bargain: 2\ncampaign: {name: x}\n") ==
          std::vector<std::string>{"c.yaml:1:10: this is campaign format version 1; found bargain: 2"});
    CHECK(problems_of("") ==
          std::vector<std::string>{"c.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file"});
}

TEST_CASE("the campaign needs a name and each item an id") {
    CHECK(problems_of("bargain: 1\ncampaign:\n  employer: SOS\n") ==
          std::vector<std::string>{"c.yaml:3:3: the campaign has no name"});
    CHECK(problems_of("bargain: 1\n") ==
          std::vector<std::string>{"c.yaml:1:1: missing 'campaign:' with at least the campaign's name"});
    CHECK(problems_of(kHead + "sessions:\n  - date: 2020-01-01\n") ==
          std::vector<std::string>{"c.yaml:4:5: this session has no id"});
}

TEST_CASE("ids are unique across sessions, offers, votes and events") {
    CHECK(problems_of(kHead + "sessions:\n  - id: s1\nevents:\n  - {id: s1, date: 2020-01-01}\n") ==
          std::vector<std::string>{"c.yaml:6:10: duplicate id 's1' (first at line 4)"});
}

TEST_CASE("an id is a word: it goes into calendar UIDs, command lines and constraints") {
    auto event = [](const std::string& id) {
        return problems_of(kHead + "events:\n  - {id: " + id + ", date: 2020-01-01}\n");
    };
    CHECK(event("lbo-vote_2.b") == std::vector<std::string>{});
    CHECK(event("huelga-día") == std::vector<std::string>{});
    CHECK(event("''") == std::vector<std::string>{"c.yaml:4:10: an id cannot be empty"});
    CHECK(event("'lbo vote'") ==
          std::vector<std::string>{
              "c.yaml:4:10: id 'lbo vote' has a space; an id is letters, digits, '-', '_' and '.' (like lbo-vote)"});
    CHECK(event("'a;b'") ==
          std::vector<std::string>{"c.yaml:4:10: id 'a;b' has ';'; an id is letters, digits, '-', '_' and '.' (like lbo-vote)"});
    CHECK(event("\"a\\tb\"") ==
          std::vector<std::string>{
              "c.yaml:4:10: id 'a\\tb' has a tab; an id is letters, digits, '-', '_' and '.' (like lbo-vote)"});
    CHECK(event("contract_expires") ==
          std::vector<std::string>{
              "c.yaml:4:10: 'contract_expires' names the contract's expiry date; give this item another id"});
    CHECK(event("2026-05-01") ==
          std::vector<std::string>{"c.yaml:4:10: id '2026-05-01' looks like a date, which not_before: could not tell "
                                   "from an id; add a word (like rally-2026-05-01)"});
}

TEST_CASE("a unit's id matches what rosters say, so it may have spaces but no control characters") {
    CHECK(problems_of(kHead + "units:\n  - {id: Local 4408; Chicago}\n") == std::vector<std::string>{});
    CHECK(problems_of(kHead + "units:\n  - {id: \"Local\\n4408\"}\n") ==
          std::vector<std::string>{"c.yaml:4:10: id 'Local\\n4408' has a line break"});
}

TEST_CASE("a count is 0 or more; a negative days: points to before:") {
    CHECK(problems_of(kHead + "events:\n  - {id: a, date: 2020-01-01}\n  - {id: b, date: {after: a, days: -3}}\n") ==
          std::vector<std::string>{
              "c.yaml:5:36: expected 0 or more, found '-3'; for a date before it, write before: instead of after:"});
    CHECK(problems_of(kHead + "units:\n  - {id: u, members: -5}\n") ==
          std::vector<std::string>{"c.yaml:4:22: expected 0 or more, found '-5'"});
}

TEST_CASE("holidays are absolute dates; time: is for a vote's window only") {
    CHECK(problems_of("bargain: 1\ncampaign:\n  name: x\n  holidays: [{after: a, days: 1}]\nevents:\n  - {id: a, date: 2020-01-01}\n") ==
          std::vector<std::string>{"c.yaml:4:14: a holiday is a date as YYYY-MM-DD: business days are counted around "
                                   "holidays, so a holiday cannot count from another date"});
    CHECK(problems_of(kHead + "events:\n  - {id: a, date: 2020-01-01}\n  - {id: b, date: {after: a, days: 1, time: '10:00'}}\n") ==
          std::vector<std::string>{"c.yaml:5:39: unknown key 'time' in a relative date"});
    CHECK(problems_of(kHead + "events:\n  - {id: a, date: 2020-01-01}\nvotes:\n  - {id: v, question: q, closes: {after: a, days: 1, time: '10:00'}}\n") ==
          std::vector<std::string>{});
}

TEST_CASE("an unknown key is an error with a did-you-mean") {
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, ballot: b.csv}\n") ==
          std::vector<std::string>{"c.yaml:4:26: unknown key 'ballot' in a vote [did you mean 'ballots'?]"});
    CHECK(problems_of(kHead + "evnts: []\n") ==
          std::vector<std::string>{"c.yaml:3:1: unknown key 'evnts' in the campaign file [did you mean 'events'?]"});
}

TEST_CASE("a value of the wrong type names where it is") {
    CHECK(problems_of(kHead + "units: ifpe\n") ==
          std::vector<std::string>{"c.yaml:3:8: expected a list of units, found text"});
    CHECK(problems_of("bargain: 1\ncampaign: {name: [a, b]}\n") ==
          std::vector<std::string>{"c.yaml:2:18: expected text, found a list"});
    CHECK(problems_of(kHead + "units:\n  - {id: u, members: many}\n") ==
          std::vector<std::string>{"c.yaml:4:22: expected a whole number, found 'many'"});
    CHECK(problems_of(kHead + "offers:\n  - {id: o, final: maybe}\n") ==
          std::vector<std::string>{"c.yaml:4:20: expected yes/no or true/false, found 'maybe'"});
    CHECK(problems_of(kHead + "events:\n  - {id: e, date: {after: e, days: 1, business: sure}}\n") ==
          std::vector<std::string>{"c.yaml:4:49: expected yes/no or true/false, found 'sure'"});
    CHECK(problems_of(kHead + "events:\n  - {id: e, date: 2020-02-30}\n") ==
          std::vector<std::string>{"c.yaml:4:19: no such date, found '2020-02-30'"});
    CHECK(problems_of(kHead + "sessions:\n  - {id: s, start: '25:00'}\n") ==
          std::vector<std::string>{"c.yaml:4:20: no such time of day, found '25:00'"});
}

TEST_CASE("money is exact cents and wages exact to four decimals") {
    Campaign c = load_campaign_text("c.yaml", kHead +
                                                  "units:\n  - {id: u, payroll: 0.07}\n  - {id: v, payroll: 12}\n"
                                                  "offers:\n  - {id: o, wages: [0.0001, -1.25, 3]}\n")
                     .campaign;
    CHECK(c.units[0].payroll_cents == 7);
    CHECK(c.units[1].payroll_cents == 1200);
    CHECK(c.offers[0].wages == std::vector<long long>{1, -12500, 30000});

    CHECK(problems_of(kHead + "units:\n  - {id: u, payroll: 10.005}\n") ==
          std::vector<std::string>{"c.yaml:4:22: more than 2 decimal places in an amount of money: '10.005'"});
    CHECK(problems_of(kHead + "units:\n  - {id: u, payroll: 1e6}\n") ==
          std::vector<std::string>{"c.yaml:4:22: expected an amount of money like 9450000.00, found '1e6'"});
    CHECK(problems_of(kHead + "offers:\n  - {id: o, wages: [1.23456]}\n") ==
          std::vector<std::string>{"c.yaml:4:21: more than 4 decimal places in a percentage: '1.23456'"});
}

TEST_CASE("the time zone is checked against the time-zone database, with a did-you-mean") {
    CHECK(problems_of("bargain: 1\ncampaign:\n  name: x\n  timezone: America/Chicgo\n") ==
          std::vector<std::string>{"c.yaml:4:13: no time zone 'America/Chicgo' in the time-zone database (did you "
                                   "mean 'America/Chicago'?)"});
    CampaignLoad load = load_campaign_text("c.yaml", "bargain: 1\ncampaign: {name: x, timezone: Europe/London}\n");
    CHECK(load.problems.empty());
    CHECK(load.campaign.info.zone.name() == "Europe/London");
    CHECK(load_campaign_text("c.yaml", kHead).campaign.info.zone.is_utc());
}

TEST_CASE("kinds, sides and statuses are checked with a did-you-mean") {
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, kind: lbbo}\n") ==
          std::vector<std::string>{"c.yaml:4:32: vote kind must be lbo, ratification, strike-authorization or other, "
                                   "not 'lbbo' [did you mean 'lbo'?]"});
    CHECK(problems_of(kHead + "events:\n  - {id: e, date: 2020-01-01, kind: ralley}\n") ==
          std::vector<std::string>{"c.yaml:4:37: event kind must be picket, rally, strike, notice, mediation, "
                                   "deadline, meeting or other, not 'ralley' [did you mean 'rally'?]"});
    CHECK(problems_of(kHead + "sessions:\n  - id: s\n    proposals:\n      - {side: unoin, status: TA}\n") ==
          std::vector<std::string>{
              "c.yaml:6:16: side must be union or employer, not 'unoin' [did you mean 'union'?]",
              "c.yaml:6:31: proposal status must be open, ta or withdrawn, not 'TA' [did you mean 'ta'?]"});
}

TEST_CASE("references to offers, units and items must exist") {
    CHECK(problems_of(kHead + "units: [{id: ifpe}]\noffers: [{id: lbo}]\n"
                              "votes:\n  - {id: v, question: q, offer: lbx, units: [ifpe, ifpf]}\n") ==
          std::vector<std::string>{"c.yaml:6:33: no offer with id 'lbx' [did you mean 'lbo'?]",
                                   "c.yaml:6:52: no unit with id 'ifpf' [did you mean 'ifpe'?]"});
    CHECK(problems_of(kHead + "events:\n  - {id: strike, date: {after: notcie, days: 10}}\n"
                              "  - {id: notice, date: 2020-01-01}\n") ==
          std::vector<std::string>{
              "c.yaml:4:32: no session, offer, vote or event with id 'notcie' [did you mean 'notice'?]"});
    CHECK(problems_of(kHead + "constraints:\n  - {first: a, then: b, min_days: 5}\n"
                              "  - {event: c, not_before: d}\n  - {event: c, not_before: 2020-01-01}\n"
                              "  - {event: c, not_before: contract_expires}\n") ==
          std::vector<std::string>{"c.yaml:4:13: no session, offer, vote or event with id 'a'",
                                   "c.yaml:4:22: no session, offer, vote or event with id 'b'",
                                   "c.yaml:5:13: no session, offer, vote or event with id 'c'",
                                   "c.yaml:5:28: no session, offer, vote or event with id 'd'",
                                   "c.yaml:6:13: no session, offer, vote or event with id 'c'",
                                   "c.yaml:7:13: no session, offer, vote or event with id 'c'",
                                   "c.yaml:7:28: not_before counts from contract_expires, but the campaign gives "
                                   "no contract_expires"});
}

TEST_CASE("a key must be plain text and a constraint one of two shapes") {
    CHECK(problems_of(kHead + "units:\n  - {[id]: u}\n") ==
          std::vector<std::string>{"c.yaml:4:6: a key must be plain text, not a list"});
    CHECK(problems_of(kHead + "events: [{id: a, date: 2020-01-01}]\n"
                              "constraints:\n  - {first: a, then: a, event: a, not_before: a}\n"
                              "  - {then: a}\n") ==
          std::vector<std::string>{
              "c.yaml:5:5: a constraint has first: and then:, or event: and not_before:, not both",
              "c.yaml:6:5: a constraint needs first:, then: and min_days:, or event: and not_before:"});
}

TEST_CASE("a relative date names its anchor and its days") {
    CHECK(problems_of(kHead + "events:\n  - {id: a, date: 2020-01-01}\n"
                              "  - {id: b, date: {after: a, before: a, days: 1}}\n"
                              "  - {id: c, date: {after: a, dayz: 1}}\n") ==
          std::vector<std::string>{"c.yaml:5:19: a relative date has after: or before:, not both",
                                   "c.yaml:6:19: a relative date needs days: N",
                                   "c.yaml:6:30: unknown key 'dayz' in a relative date [did you mean 'days'?]"});
    Campaign c = load_campaign_text("c.yaml", kHead + "events:\n  - {id: a, date: 2020-01-01}\n"
                                                      "  - {id: b, date: {before: a, days: 3, business: yes}}\n")
                     .campaign;
    const RelativeDate* r = c.events[1].date->relative();
    REQUIRE(r);
    CHECK_FALSE(r->after);
    CHECK(r->days == 3);
    CHECK(r->business);
}

TEST_CASE("a vote needs a question and an event a date") {
    CHECK(problems_of(kHead + "votes: [{id: v}]\nevents: [{id: e}]\n") ==
          std::vector<std::string>{"c.yaml:3:9: this vote has no question", "c.yaml:4:10: this event has no date"});
}

TEST_CASE("ballots may be one file or a list; the column defaults to the vote's id") {
    Campaign c = load_campaign_text("c.yaml", kHead + "votes:\n  - {id: v, question: q, ballots: [a.csv, b.yaml]}\n")
                     .campaign;
    CHECK(c.votes[0].ballots == std::vector<std::string>{"a.csv", "b.yaml"});
    CHECK(c.votes[0].column == "v");
}

TEST_CASE("every problem is reported at once, in file order") {
    std::vector<std::string> p = problems_of(kHead +
                                             "units:\n  - {id: u, membres: 3}\n"
                                             "votes:\n  - {id: v, question: q, units: [w]}\n"
                                             "offers:\n  - {id: o, final: perhaps}\n");
    CHECK(p == std::vector<std::string>{
                   "c.yaml:4:13: unknown key 'membres' in a unit [did you mean 'members'?]",
                   "c.yaml:6:34: no unit with id 'w' [did you mean 'u'?]",
                   "c.yaml:8:20: expected yes/no or true/false, found 'perhaps'"});
}

TEST_CASE("a YAML syntax error stops the load with one problem") {
    std::vector<std::string> p = problems_of(kHead + "units: [{id: u\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("invalid YAML") != std::string::npos);
}

TEST_CASE("a duplicate key and a second document are errors") {
    CHECK(problems_of("bargain: 1\ncampaign:\n  name: a\n  name: b\n") ==
          std::vector<std::string>{"c.yaml:4:3: duplicate key 'name' (first at line 3)"});
    CHECK(problems_of(kHead + "---\nbargain: 1\n") ==
          std::vector<std::string>{
              "c.yaml:3:1: a second YAML document starts here; put everything in one document"});
}

TEST_CASE("aliases may stand for a mapping, copied where they are used") {
    Campaign c = load_campaign_text("c.yaml", kHead +
                                                  "events:\n  - id: a\n    date: 2020-01-01\n"
                                                  "    locations: &places [{name: Capitol, city: Springfield}]\n"
                                                  "  - {id: b, date: 2020-01-02, locations: *places}\n")
                     .campaign;
    REQUIRE(c.events.size() == 2);
    REQUIRE(c.events[1].locations.size() == 1);
    CHECK(c.events[1].locations[0].city == "Springfield");
}

TEST_CASE("a billion laughs file fails fast at the alias limit") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        std::string prev(1, static_cast<char>(c - 1));
        bomb += std::string(1, c) + ": &" + c + " [*" + prev;
        for (int i = 0; i < 9; ++i) bomb += ", *" + prev;
        bomb += "]\n";
    }
    auto start = steady_clock::now();
    std::vector<std::string> p = problems_of(bomb);
    CHECK(steady_clock::now() - start < seconds(5));
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("too many aliases expanded (is this a 'billion laughs' file?)") != std::string::npos);
}

TEST_CASE("deep nesting is refused without a crash") {
    // yaml-cpp reads an unclosed flow list to its end before handing over
    // anything, so its own depth guard is what stops this one.
    std::vector<std::string> p = problems_of(std::string(100000, '['));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "c.yaml:1:1: nesting too deep: hundreds of '[' or '{' opened and never closed");

    CHECK(problems_of(std::string(65, '[') + std::string(65, ']')) ==
          std::vector<std::string>{"c.yaml:1:65: nesting too deep (more than 64 levels)"});
    auto in = Input::from_string("n.yaml", std::string(64, '[') + std::string(64, ']'));
    CHECK(load_yaml_document(*in).ok());
}

TEST_CASE("an alias cannot make a tree deeper than the nesting limit") {
    std::string yaml = "a: &a " + std::string(40, '[') + std::string(40, ']') + "\nb: " +
                       std::string(30, '[') + "*a" + std::string(30, ']') + "\n";
    auto in = Input::from_string("n.yaml", yaml);
    Result<YamlNode> r = load_yaml_document(*in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().located() == "n.yaml:2:34: nesting too deep (more than 64 levels)");
}

TEST_CASE("a vote's rule is parsed at load, majority when it names none") {
    Campaign c = load_campaign_text("c.yaml", kHead + "votes:\n  - {id: v, question: q}\n"
                                                      "  - {id: w, question: q, rule: two-thirds}\n"
                                                      "  - {id: x, question: q, rule: '>= 3/5 of cast'}\n")
                     .campaign;
    REQUIRE(c.votes.size() == 3);
    CHECK_FALSE(c.votes[0].parsed_rule);
    CHECK(c.votes[0].counting_rule.name == "majority");
    REQUIRE(c.votes[1].parsed_rule);
    CHECK(c.votes[1].parsed_rule->name == "two-thirds");
    CHECK(c.votes[1].counting_rule.name == "two-thirds");
    CHECK(c.votes[2].rule == ">= 3/5 of cast");  // as written, to be shown
    REQUIRE(c.votes[2].parsed_rule);
    CHECK(c.votes[2].parsed_rule->name == ">=3/5 of cast");
    CHECK(c.votes[2].counting_rule.name == ">=3/5 of cast");
    // A tie fails the default: the parsed rule is the one tally applies.
    CHECK_FALSE(c.votes[0].counting_rule.carried(Totals{5, 5, 10, 10, std::nullopt}));
    CHECK(c.votes[1].counting_rule.carried(Totals{6, 3, 9, 9, std::nullopt}));
}

TEST_CASE("a misspelt rule is an error at its value, with the rule parser's did-you-mean") {
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, rule: two-thrids}\n") ==
          std::vector<std::string>{"c.yaml:4:32: unknown rule 'two-thrids'; rules are "
                                   "majority, two-thirds, three-quarters, chicago-ielra, uaw, uk-2016, uk-2016-ips, "
                                   "uk-2026, teamsters-1987, or a fraction like '>1/2 of valid' or '>=2/3 of "
                                   "eligible' [did you mean 'two-thirds'?]"});
    CHECK(problems_of(kHead + "votes:\n  - id: v\n    question: q\n    rule: '>=2/3 of members'\n") ==
          std::vector<std::string>{"c.yaml:6:11: rule '>=2/3 of members': 'members' is not valid, cast or eligible"});
}

TEST_CASE("turnout: adds a turnout requirement to the vote's rule") {
    Campaign c = load_campaign_text("c.yaml", kHead + "votes:\n  - {id: v, question: q, turnout: 50%}\n"
                                                      "  - {id: w, question: q, rule: two-thirds, turnout: 1/2}\n")
                     .campaign;
    const Rule& r = c.votes[0].counting_rule;
    CHECK(c.votes[0].turnout == "50%");
    CHECK(r.name == "majority");
    CHECK(r.needs_eligible());
    CHECK(r.carried(Totals{3, 2, 5, 5, 10}));        // half turned out
    CHECK_FALSE(r.carried(Totals{3, 1, 4, 4, 10}));  // less than half
    CHECK(c.votes[1].counting_rule.clauses.size() == 2);
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, turnout: most}\n") ==
          std::vector<std::string>{
              "c.yaml:4:35: turnout 'most': expected a fraction like 2/3 or a percentage like 60%"});
}

TEST_CASE("columns: maps a ballot file's reserved columns to the export's headers") {
    Campaign c = load_campaign_text("c.yaml", kHead +
                                                  "votes:\n  - id: v\n    question: q\n    ballots: export.csv\n"
                                                  "    column: \"Do you accept the offer?\"\n"
                                                  "    columns: {voter: Member ID, ballot: 12, unit: yes, "
                                                  "cast_at: Date Voted}\n"
                                                  "    roster_columns: {voter: Employee Number, unit: Local}\n")
                     .campaign;
    const Vote& v = c.votes[0];
    CHECK(v.column == "Do you accept the offer?");
    REQUIRE(v.mapping.columns.find(Column::voter));
    CHECK(v.mapping.columns.find(Column::voter)->header == "Member ID");
    CHECK(v.mapping.columns.find(Column::voter)->where.line == 8);
    CHECK(v.mapping.columns.find(Column::voter)->where.column == 22);
    CHECK(v.mapping.columns.find(Column::voter)->where.shown == "columns: voter");
    CHECK(v.mapping.columns.find(Column::voter)->where.file == "c.yaml");
    CHECK(v.mapping.columns.find(Column::ballot)->header == "12");  // a number is its text
    CHECK(v.mapping.columns.find(Column::unit)->header == "yes");   // and so is a YAML 1.1 boolean
    CHECK(v.mapping.columns.text() == "voter=Member ID, ballot=12, unit=yes, cast_at=Date Voted");
    CHECK(v.roster_columns.text() == "voter=Employee Number, unit=Local");
    CHECK(v.mapping.answers.empty());
    CHECK_FALSE(v.mapping.delimiter);
}

TEST_CASE("a column mapping that is unknown, of the other kind of file, or twice is an error at its place") {
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, ballots: b.csv, columns: {votr: ID}}\n") ==
          std::vector<std::string>{"c.yaml:4:52: unknown key 'votr' in columns; a ballot "
                                   "file's columns are voter, ballot, unit and cast_at [did you mean 'voter'?]"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, ballots: b.csv, columns: {option: Choice}}\n") ==
          std::vector<std::string>{"c.yaml:4:52: 'option' is a column of a vendor's totals, and this vote is not "
                                   "counted from totals; a ballot file's columns are voter, ballot, unit and cast_at"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, totals: t.csv, columns: {cast_at: Date}}\n") ==
          std::vector<std::string>{"c.yaml:4:51: 'cast_at' is a column of ballot files, and this vote is counted "
                                   "from totals; a totals file's columns are question, option, votes and unit"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, columns: {voter: ID, ballot: ' ID '}}\n") ==
          std::vector<std::string>{"c.yaml:4:55: the header 'ID' is mapped to two columns, 'voter' (by columns: "
                                   "voter (c.yaml:4)) and 'ballot'"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, columns: {voter: ''}}\n") ==
          std::vector<std::string>{"c.yaml:4:43: the 'voter' column is mapped to an empty header"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, columns: {voter: [a, b]}}\n") ==
          std::vector<std::string>{"c.yaml:4:43: expected text, found a list"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, columns: voter}\n") ==
          std::vector<std::string>{"c.yaml:4:35: columns: expected the export's header for each column, like "
                                   "{voter: Member ID}, found text"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, roster_columns: {ballot: B}}\n") ==
          std::vector<std::string>{
              "c.yaml:4:43: unknown key 'ballot' in roster_columns; a roster's columns are voter and unit"});
}

TEST_CASE("a totals vote maps question, option, votes and unit") {
    CampaignLoad load = load_campaign_text(
        "c.yaml", kHead + "votes:\n  - id: v\n    question: q\n    totals: [vendor.csv, paper.yaml]\n"
                          "    columns: {question: QuestionID, option: OptionName, votes: Votes, unit: Local}\n"
                          "    eligible: 255\n");
    CHECK(load.problems.empty());
    const Vote& v = load.campaign.votes[0];
    CHECK(v.totals == std::vector<std::string>{"vendor.csv", "paper.yaml"});
    CHECK(v.ballots.empty());
    CHECK(v.eligible == 255);
    CHECK(v.mapping.columns.text() == "unit=Local, question=QuestionID, option=OptionName, votes=Votes");
}

TEST_CASE("a vote counts ballots or totals, not both; the error is at the second key") {
    CHECK(problems_of(kHead + "votes:\n  - id: v\n    question: q\n    totals: t.csv\n    ballots: b.csv\n") ==
          std::vector<std::string>{
              "c.yaml:7:5: a vote is counted from ballots or from a vendor's totals, not both"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, totals: {a: b}}\n") ==
          std::vector<std::string>{"c.yaml:4:34: expected a totals file or a list of them, found a mapping"});
}

TEST_CASE("answers: adds the export's words, each checked where it is written") {
    Campaign c = load_campaign_text("c.yaml", kHead +
                                                  "votes:\n  - id: v\n    question: q\n"
                                                  "    answers:\n      yes: [Y, For, Accept, \"1\"]\n"
                                                  "      no: [N, Against, Reject, 0]\n      abstain: Pass\n"
                                                  "      void: [spoiled]\n      blank: n/a\n")
                     .campaign;
    const AnswerWords& a = c.votes[0].mapping.answers;
    CHECK(a.read("y") == Answer::yes);
    CHECK(a.read(" accept ") == Answer::yes);
    CHECK(a.read("1") == Answer::yes);
    CHECK(a.read("0") == Answer::no);
    CHECK(a.read("PASS") == Answer::abstain);
    CHECK(a.read("n/a") == Answer::blank);
    CHECK(a.read("yes") == Answer::yes);  // the built-in words stay
    CHECK(a.read("maybe") == Answer::spoiled);
    REQUIRE(a.entries().size() == 11);
    CHECK(a.entries()[1].where.line == 7);
    CHECK(a.entries()[1].where.column == 16);
    CHECK(a.entries()[1].where.shown == "answers: yes");

    CHECK(problems_of(kHead + "votes:\n  - id: v\n    question: q\n"
                              "    answers: {yes: [Y, For], no: [N, for], abstian: Pass, maybe: [a, {b: c}]}\n") ==
          std::vector<std::string>{
              "c.yaml:6:38: 'for' is mapped to two answers: 'yes' by answers: yes (c.yaml:6) and 'no'",
              "c.yaml:6:44: unknown key 'abstian' in answers; the answers are yes, no, "
              "abstain, blank and void [did you mean 'abstain'?]",
              "c.yaml:6:59: unknown key 'maybe' in answers; the answers are yes, no, abstain, blank and void"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, answers: {yes: [no]}}\n") ==
          std::vector<std::string>{
              "c.yaml:4:42: 'no' is already the built-in answer 'no'; it cannot also mean 'yes'"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, answers: {yes: {a: b}}}\n") ==
          std::vector<std::string>{"c.yaml:4:41: expected a word or a list of words, found a mapping"});
}

TEST_CASE("delimiter: is comma, semicolon or tab, by name or as the character") {
    auto delimiter = [](const std::string& d) {
        return load_campaign_text("c.yaml", kHead + "votes:\n  - {id: v, question: q, delimiter: " + d + "}\n")
            .campaign.votes[0]
            .mapping.delimiter;
    };
    CHECK(delimiter("semicolon") == ';');
    CHECK(delimiter("';'") == ';');
    CHECK(delimiter("tab") == '\t');
    CHECK(delimiter("\"\\t\"") == '\t');
    CHECK(delimiter("comma") == ',');
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, delimiter: semicolom}\n") ==
          std::vector<std::string>{"c.yaml:4:37: delimiter must be comma, semicolon or tab (or the character "
                                   "itself), not 'semicolom' [did you mean 'semicolon'?]"});
}

TEST_CASE("eligible: is 1 or more, and not with a roster") {
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, eligible: 0}\n") ==
          std::vector<std::string>{"c.yaml:4:36: a vote with no eligible voters cannot be decided"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, eligible: many}\n") ==
          std::vector<std::string>{"c.yaml:4:36: expected a whole number, found 'many'"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, roster: r.csv, eligible: 40}\n") ==
          std::vector<std::string>{
              "c.yaml:4:41: the roster gives the eligible voters; remove eligible: or roster:"});
    CHECK_FALSE(load_campaign_text("c.yaml", kHead + "votes:\n  - {id: v, question: q}\n").campaign.votes[0].eligible);
}

TEST_CASE("the new vote keys are known to the did-you-mean") {
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, total: t.csv}\n") ==
          std::vector<std::string>{"c.yaml:4:26: unknown key 'total' in a vote [did you mean 'totals'?]"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, answer: {yes: Y}}\n") ==
          std::vector<std::string>{"c.yaml:4:26: unknown key 'answer' in a vote [did you mean 'answers'?]"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, roster_column: {voter: ID}}\n") ==
          std::vector<std::string>{
              "c.yaml:4:26: unknown key 'roster_column' in a vote [did you mean 'roster_columns'?]"});
    CHECK(problems_of(kHead + "votes:\n  - {id: v, question: q, turnuot: 50%}\n") ==
          std::vector<std::string>{"c.yaml:4:26: unknown key 'turnuot' in a vote [did you mean 'turnout'?]"});
}
