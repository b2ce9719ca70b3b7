// The tally report in every format. The JSON is the spec's shape, field for
// field and in the spec's order, because CI archives it and scripts read it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "io/input.h"
#include "io/yaml_source.h"
#include "tally/decision.h"
#include "tally/tally_report.h"
#include "tally/unit_secrecy.h"
#include "test_support.h"
#include "text/report_table.h"
#include "text/report_text.h"

using namespace bargain;
using bargain::test::rule;
using bargain::test::votes;

namespace {

void decide_into(TallyReport& r) {
    auto decided = decide(r.count, r.rule, r.by_unit);
    REQUIRE(decided.ok());
    r.questions = std::move(*decided);
}

// The example of the spec's `--format json`.
TallyReport spec_example() {
    TallyReport r;
    r.inputs = {{"ballots.csv", "\xE2\x80\xA6", 235}};
    r.roster = InputSummary{"roster.csv", "\xE2\x80\xA6", 255};
    r.count.received = 235;
    r.count.duplicate = 2;
    r.count.outside_window = 1;
    r.count.not_on_roster = 0;
    r.count.challenged = 0;
    r.count.eligible = 255;
    Count::Question q;
    q.id = "accept";
    q.text = "Do you accept the employer's last, best offer?";
    q.no_unit = votes(76, 152, 3, 1, 0);
    r.count.questions.push_back(q);
    r.rule = rule("majority");
    decide_into(r);
    r.options = count_record(CountRequest{}, r.rule, "", r.inputs);
    return r;
}

// Two units, no roster, no question text.
TallyReport two_units(const char* question_id = "strike") {
    TallyReport r;
    r.inputs = {{"mail.csv", "abc", 12}};
    r.by_unit = true;
    r.count.received = 12;
    r.count.units = {"ifpe-4408", "ifise-4407"};
    r.count.eligible_by_unit = {std::nullopt, std::nullopt};
    r.count.challenged_by_unit = {0, 0};
    Count::Question q;
    q.id = question_id;
    q.by_unit = {votes(6, 0), votes(2, 4)};
    r.count.questions.push_back(q);
    r.rule = rule("two-thirds");
    decide_into(r);
    return r;
}

class Whole : public YamlTopLevel {
public:
    std::vector<std::pair<std::string, YamlNode>> values;
    Take key(const YamlNode&) override { return Take::whole; }
    void value(const YamlNode& key, YamlNode&& v) override { values.emplace_back(key.value, std::move(v)); }
    void item(const YamlNode&, YamlNode&&) override {}
};

}  // namespace

TEST_CASE("the JSON report has the spec's fields in the spec's order") {
    CHECK(tally_json(spec_example()) ==
          "{\n"
          "  \"inputs\": [\n"
          "    {\n"
          "      \"path\": \"ballots.csv\",\n"
          "      \"sha256\": \"\xE2\x80\xA6\",\n"
          "      \"records\": 235,\n"
          "      \"kind\": \"ballots\",\n"
          "      \"format\": \"csv\",\n"
          "      \"delimiter\": \"comma\",\n"
          "      \"encoding\": \"UTF-8\",\n"
          "      \"empty_rows_skipped\": 0\n"
          "    }\n"
          "  ],\n"
          "  \"roster\": {\n"
          "    \"path\": \"roster.csv\",\n"
          "    \"sha256\": \"\xE2\x80\xA6\",\n"
          "    \"voters\": 255\n"
          "  },\n"
          "  \"received\": 235,\n"
          "  \"rejected\": {\n"
          "    \"duplicate\": 2,\n"
          "    \"outside-window\": 1,\n"
          "    \"not-on-roster\": 0\n"
          "  },\n"
          "  \"challenged\": 0,\n"
          "  \"questions\": [\n"
          "    {\n"
          "      \"id\": \"accept\",\n"
          "      \"text\": \"Do you accept the employer's last, best offer?\",\n"
          "      \"rule\": {\n"
          "        \"name\": \"majority\",\n"
          "        \"text\": \"more than 1/2 of valid votes\"\n"
          "      },\n"
          "      \"eligible\": 255,\n"
          "      \"cast\": 232,\n"
          "      \"valid\": 228,\n"
          "      \"yes\": 76,\n"
          "      \"no\": 152,\n"
          "      \"abstain\": 3,\n"
          "      \"blank\": 1,\n"
          "      \"void\": 0,\n"
          "      \"turnout\": 0.9098,\n"
          "      \"result\": \"failed\",\n"
          "      \"determinative_challenges\": false,\n"
          "      \"margin\": \"2-to-1\",\n"
          "      \"units\": []\n"
          "    }\n"
          "  ],\n"
          "  \"count_options\": {\n"
          "    \"rule\": \"majority\",\n"
          "    \"turnout\": null,\n"
          "    \"opens\": null,\n"
          "    \"closes\": null,\n"
          "    \"timezone\": \"UTC\",\n"
          "    \"duplicates\": \"first\",\n"
          "    \"challenge_unlisted\": false,\n"
          "    \"by_unit\": false,\n"
          "    \"min_unit_ballots\": 5,\n"
          "    \"units\": [],\n"
          "    \"question\": null,\n"
          "    \"columns\": null,\n"
          "    \"roster_columns\": null,\n"
          "    \"answers\": null,\n"
          "    \"delimiter\": \"comma\",\n"
          "    \"encoding\": \"UTF-8\",\n"
          "    \"from_totals\": false,\n"
          "    \"eligible_from\": null,\n"
          "    \"eligible\": null,\n"
          "    \"members\": null\n"
          "  },\n"
          "  \"warnings\": []\n"
          "}\n");
}

TEST_CASE("without a roster the JSON report shows the unknowns as null") {
    TallyReport r = two_units();
    std::string json = tally_json(r);
    CHECK(json.find("\"roster\": null,") != std::string::npos);
    CHECK(json.find("\"text\": null,") != std::string::npos);
    CHECK(json.find("\"eligible\": null,") != std::string::npos);
    CHECK(json.find("\"turnout\": null,") != std::string::npos);
}

TEST_CASE("the JSON report leaves out the margin when one side has no votes") {
    TallyReport r = two_units();
    std::string json = tally_json(r);
    // Overall 8 yes to 4 no has a margin; unit ifpe-4408, 6 to 0, has none.
    size_t first_unit = json.find("\"unit\": \"ifpe-4408\"");
    size_t second_unit = json.find("\"unit\": \"ifise-4407\"");
    REQUIRE(first_unit != std::string::npos);
    REQUIRE(second_unit != std::string::npos);
    CHECK(json.substr(0, first_unit).find("\"margin\": \"2-to-1\"") != std::string::npos);
    CHECK(json.substr(first_unit, second_unit - first_unit).find("margin") == std::string::npos);
    CHECK(json.substr(second_unit).find("\"margin\": \"2-to-1\"") != std::string::npos);
}

TEST_CASE("each unit in the JSON report names its unit, then the question's fields") {
    std::string json = tally_json(two_units());
    CHECK(json.find("      \"units\": [\n"
                    "        {\n"
                    "          \"unit\": \"ifpe-4408\",\n"
                    "          \"eligible\": null,\n"
                    "          \"cast\": 6,\n") != std::string::npos);
    // By unit, 8 to 4 overall is two thirds, but ifise-4407 fails: failed.
    CHECK(json.find("\"result\": \"failed\",\n      \"determinative_challenges\": false,\n      \"margin\": \"2-to-1\",\n"
                    "      \"units\"") != std::string::npos);
}

TEST_CASE("the YAML report is the same tree as the JSON") {
    std::string yaml = tally_yaml(spec_example());
    CHECK(yaml.rfind("inputs:\n  - path: \"ballots.csv\"\n", 0) == 0);
    auto in = Input::from_string("report.yaml", yaml);
    Whole w;
    auto error = stream_yaml(*in, w);
    REQUIRE_FALSE(error.has_value());
    std::vector<std::string> keys;
    for (const auto& [k, v] : w.values) keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"inputs", "roster", "received", "rejected", "challenged", "questions",
                                          "count_options", "warnings"});
    const YamlNode& q = w.values[5].second.items.at(0);
    std::vector<std::string> fields;
    for (const auto& [k, v] : q.entries) fields.push_back(k.value);
    CHECK(fields == std::vector<std::string>{"id", "text", "rule", "eligible", "cast", "valid", "yes", "no", "abstain",
                                             "blank", "void", "turnout", "result", "determinative_challenges", "margin",
                                             "units"});
    CHECK(q.entries[1].second.value == "Do you accept the employer's last, best offer?");
    CHECK(q.entries[11].second.value == "0.9098");
    CHECK(q.entries[12].second.value == "failed");
}

TEST_CASE("the CSV report has a header and one row per question, then its units") {
    std::string csv = tally_csv(two_units());
    CHECK(csv ==
          "question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,"
          "margin,counts_withheld\n"
          "strike,,two-thirds,,12,12,8,4,0,0,0,,failed,false,2-to-1,\n"
          "strike,ifpe-4408,two-thirds,,6,6,6,0,0,0,0,,carried,false,,\n"
          "strike,ifise-4407,two-thirds,,6,6,2,4,0,0,0,,failed,false,2-to-1,\n");
}

TEST_CASE("the CSV report of the spec's example") {
    std::string csv = tally_csv(spec_example());
    CHECK(csv.substr(csv.find('\n') + 1) == "accept,,majority,255,232,228,76,152,3,1,0,0.9098,failed,false,2-to-1\n");
}

TEST_CASE("the CSV report neutralises a question id a spreadsheet would run") {
    std::string csv = tally_csv(two_units("=cmd|' /C calc'!A0"));
    CHECK(csv.find("\n'=cmd|' /C calc'!A0,,") != std::string::npos);
    CHECK(csv.find("\n=") == std::string::npos);
}

TEST_CASE("the audit CSV neutralises a voter id a spreadsheet would run") {
    TallyReport r;
    r.inputs = {{"ballots.csv", "", 2}};
    r.count.audit.push_back({0, 3, "=HYPERLINK(\"http://x\")", "S,1", Status::duplicate});
    CHECK(tally_audit(r) ==
          "file,line,voter,ballot,status\n"
          "ballots.csv,3,\"'=HYPERLINK(\"\"http://x\"\")\",\"S,1\",duplicate\n");
}

TEST_CASE("a failed vote reads the way a members' update says it") {
    TallyReport r = spec_example();
    CHECK(result_sentence(r.questions[0].overall, r.rule) == "rejected by a 2-to-1 margin (152 no, 76 yes), 91% turnout");
}

TEST_CASE("the text report leads with the result and the rule") {
    std::string text = tally_text(spec_example());
    CHECK(text.find("accept: Do you accept the employer's last, best offer?\n") != std::string::npos);
    CHECK(text.find("  FAILED: rejected by a 2-to-1 margin (152 no, 76 yes), 91% turnout.\n") != std::string::npos);
    CHECK(text.find("  Rule: majority (more than 1/2 of valid votes)\n") != std::string::npos);
    CHECK(text.find("Set aside: 3 (2 duplicate, 1 outside the voting window, 0 not on the roster)\n") !=
          std::string::npos);
}

TEST_CASE("a carried vote with a margin is approved by that margin") {
    Decision d;
    d.counts = votes(7, 5);
    d.outcome = Outcome::carried;
    CHECK(result_sentence(d, rule("majority")) == "approved by a 1.4-to-1 margin (7 yes, 5 no)");
}

TEST_CASE("a vote with no votes against is approved, with the counts and turnout") {
    Decision d;
    d.counts = votes(40, 0, 2);
    d.eligible = 50;
    d.outcome = Outcome::carried;
    std::string s = result_sentence(d, rule("majority"));
    CHECK(s.rfind("approved", 0) == 0);
    CHECK(s.find("(40 yes, 0 no), 84% turnout") != std::string::npos);
}

TEST_CASE("a tie says it does not carry and what the rule needs") {
    Decision d;
    d.counts = votes(50, 50);
    d.outcome = Outcome::failed;
    CHECK(result_sentence(d, rule("majority")) ==
          "a tie (50 yes, 50 no) does not carry: the rule needs more than 1/2 of valid votes");
}

TEST_CASE("an undetermined vote says the challenges must be resolved") {
    Decision d;
    d.counts = votes(50, 51);
    d.challenged = 2;
    d.outcome = Outcome::undetermined;
    d.determinative_challenges = true;
    std::string s = result_sentence(d, rule("majority"));
    CHECK(s.find("2 challenged ballots could decide it") == 0);
    CHECK(s.find("resolve the challenges before announcing") != std::string::npos);
}

TEST_CASE("a text report keeps a question text with line breaks on one line") {
    TallyReport r = two_units();
    r.count.questions[0].text = "Strike?\nReally?";
    decide_into(r);
    std::string text = tally_text(r);
    CHECK(text.find("strike: Strike? Really?\n") != std::string::npos);
}

TEST_CASE("the markdown report escapes markup from the files") {
    TallyReport r = two_units("q_1");
    r.count.questions[0].text = "Accept *all* of it? | yes";
    decide_into(r);
    std::string md = tally_markdown(r);
    CHECK(md.find("## q\\_1: Accept \\*all\\* of it? \\| yes\n") != std::string::npos);
}

TEST_CASE("the chart escapes question text and is an SVG document") {
    TallyReport r = two_units();
    r.count.questions[0].text = "<script>alert(1)</script> & \"more\"";
    decide_into(r);
    std::string svg = tally_chart_svg(r);
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("</svg>") != std::string::npos);
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("a vote by unit says which unit it failed in") {
    TallyReport r = two_units();
    std::string s = question_sentence(r.questions[0], r.rule);
    CHECK(s.rfind("failed in ifise-4407", 0) == 0);
    CHECK(s.find("8 yes, 4 no") != std::string::npos);
    CHECK(tally_text(r).find("FAILED: failed in ifise-4407") != std::string::npos);
}

TEST_CASE("a turnout one short of half never reads as 50%") {
    Decision d;
    d.counts = votes(400, 99);
    d.eligible = 1000;
    d.outcome = Outcome::failed;
    std::string s = result_sentence(d, rule("uk-2016"));
    CHECK(s.find("49.9% turnout") != std::string::npos);
    CHECK(s.find("50% turnout") == std::string::npos);
    CHECK(s.find("turnout of at least 1/2 of eligible voters") != std::string::npos);
}

TEST_CASE("a teamsters-1987 vote that fails names the branch in force") {
    Decision d;
    d.counts = votes(260, 239);
    d.eligible = 1000;
    d.outcome = Outcome::failed;
    std::string s = result_sentence(d, rule("teamsters-1987"));
    CHECK(s.find("at least 2/3 of valid votes") != std::string::npos);
}

TEST_CASE("a value in a text report stays on one line and cannot drive the terminal") {
    CHECK(one_line("Local 4408\nSpringfield\tIL") == "Local 4408 Springfield IL");
    CHECK(one_line("accept\x1b[31m") == "accept\\x1b[31m");
    // Markdown escapes the escape's backslash, so it renders as \x07.
    CHECK(markdown_text("a|b\x07") == "a\\|b\\\\x07");
    CHECK(one_line("huelga día") == "huelga día");
}

TEST_CASE("a text table lines up columns by characters, not bytes") {
    std::string t = text_table({{"article", "status"}, {"Artículo 5", "open"}, {"Wages", "ta"}}, Align::left);
    CHECK(t == "  article     status\n  Artículo 5  open\n  Wages       ta\n");
}

TEST_CASE("a unit whose counts are withheld shows its result and no number its ballots give, in every format") {
    TallyReport r = two_units();
    r.count.questions[0].by_unit = {votes(30, 10), votes(0, 1)};  // one member, who voted no
    r.count.received = 41;
    decide_into(r);
    withhold_small_units(r.questions, 5);
    const Decision& one = r.questions[0].units[1];
    REQUIRE(one.counts_withheld);
    std::string json = tally_json(r);
    CHECK(json.find("\"unit\": \"ifise-4407\",\n"
                    "          \"eligible\": null,\n"
                    "          \"cast\": null,\n"
                    "          \"valid\": null,\n"
                    "          \"yes\": null,\n"
                    "          \"no\": null,\n") != std::string::npos);
    CHECK(json.find("\"counts_withheld\": \"fewer than 5 ballots: counts not shown, to keep the ballot secret\"") !=
          std::string::npos);
    std::string csv = tally_csv(r);
    CHECK(csv.find("strike,ifise-4407,two-thirds,,,,,,,,,,failed,false,,\"fewer than 5 ballots") != std::string::npos);
    // The other unit is withheld too: beside the whole vote (30 yes, 11
    // no) its 30 yes, 10 no would give the one member's no away.
    CHECK(csv.find("strike,ifpe-4408,two-thirds,,,,,,,,,,carried,false,,\"counts not shown: shown with") !=
          std::string::npos);
    // After the whole vote's, no unit's number: not ifpe-4408's 10 no, nor a scale set by it.
    for (const std::string& out : {tally_text(r), tally_markdown(r)}) {
        std::string units = out.substr(out.find("By unit"));
        CHECK(units.find("10") == std::string::npos);
        CHECK(units.find("30") == std::string::npos);
        CHECK(units.find("fewer than 5 ballots") != std::string::npos);
    }
    std::string svg = tally_chart_svg(r);
    CHECK(svg.find("10 (") == std::string::npos);
    CHECK(svg.find("Fewer than 5 ballots: counts not shown") != std::string::npos);
    std::string text = tally_text(r);
    std::size_t row = text.find("    ifise-4407 ");
    REQUIRE(row != std::string::npos);
    std::string line = text.substr(row, text.find('\n', row) - row);
    CHECK(std::count(line.begin(), line.end(), '*') == 7);  // cast to turnout
    CHECK(line.substr(line.size() - 6) == "failed");
}
