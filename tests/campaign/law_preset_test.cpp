// Law presets: the compiled-in file reads, its numbers are the statutes',
// amendments apply by ballot date, and a campaign can change a number.
#include <doctest/doctest.h>

#include <string>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "campaign/law_preset.h"
#include "campaign/timeline.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::day;

namespace {


ConstraintCheck check_of(const std::string& yaml) {
    CampaignLoad c = load_campaign_text("campaign.yaml", yaml);
    REQUIRE(c.problems.empty());
    TimelineLoad t = resolve_timeline(c.campaign, "campaign.yaml");
    REQUIRE(t.problems.empty());
    return check_constraints(c.campaign, t.timeline, "campaign.yaml");
}

std::string problem_of(const std::string& yaml) {
    LawPresets p = parse_law_presets("presets.yaml", yaml);
    REQUIRE(p.problem.has_value());
    return p.problem->located() + (p.problem->help.empty() ? "" : " [" + p.problem->help + "]");
}

}  // namespace

TEST_CASE("the built-in presets read, each with its citation and the spec's numbers") {
    const LawPresets& all = builtin_law_presets();
    REQUIRE_FALSE(all.problem.has_value());
    CHECK(all.ids() == std::vector<std::string>{"illinois-iplra", "illinois-ielra", "nlra-8d", "nlra-8g", "uk-tulrca"});
    for (const LawPreset& p : all.presets) {
        CHECK_FALSE(p.name.empty());
        CHECK_FALSE(p.citation.empty());
    }
    const LawPreset* iplra = all.find("illinois-iplra");
    REQUIRE(iplra);
    CHECK(iplra->citation == "5 ILCS 315/17");
    CHECK(iplra->rules.notice_days == 5);
    CHECK(iplra->rules.after_expiry);
    CHECK(iplra->rules.mediation_first);
    CHECK(all.find("illinois-ielra")->rules.notice_days == 10);
    CHECK(all.find("nlra-8d")->rules.employer_notice_days == 60);
    CHECK(all.find("nlra-8d")->rules.fmcs_notice_days == 30);
    CHECK(all.find("nlra-8g")->rules.pickets_too);
    CHECK(all.find("no-such-law") == nullptr);
}

TEST_CASE("uk-tulrca: 14 days and 6 months before a ballot closing on 2026-02-18, 10 and 12 from that day") {
    const LawPreset* uk = builtin_law_presets().find("uk-tulrca");
    REQUIRE(uk);
    CHECK(uk->rules_for(day("2026-02-17")).notice_days == 14);
    CHECK(uk->rules_for(day("2026-02-17")).mandate_months == 6);
    CHECK(uk->rules_for(day("2026-02-18")).notice_days == 10);
    CHECK(uk->rules_for(day("2026-02-18")).mandate_months == 12);
    CHECK(uk->rules_for(std::nullopt).notice_days == 14);
}

TEST_CASE("a campaign's own number replaces the preset's, and the violation cites the campaign's line") {
    std::string yaml = R"(bargain: 1
campaign:
  name: Override
  law:
    preset: illinois-iplra
    notice_days: 7
events:
  - {id: mediation, kind: mediation, date: 2020-01-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-01}
  - {id: strike, kind: strike, date: 2020-02-07}
)";
    ConstraintCheck c = check_of(yaml);
    REQUIRE(c.violations.size() == 1);
    CHECK(c.violations[0].message ==
          "the strike must be at least 7 days after the notice of intent to strike; it is 6 (the strike 'strike' on "
          "2020-02-07)");
    CHECK(c.violations[0].source == "campaign.yaml:6 (in place of 5 ILCS 315/17)");
}

TEST_CASE("an override applies to amended rules too") {
    std::string yaml = R"(bargain: 1
campaign: {name: UK, law: {preset: uk-tulrca, notice_days: 12}}
votes:
  - {id: ballot, kind: strike-authorization, question: Strike, closes: 2026-03-02T12:00}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-03-10}
  - {id: strike, kind: strike, date: 2026-03-21}
)";
    ConstraintCheck c = check_of(yaml);
    REQUIRE(c.violations.size() == 1);
    CHECK(c.violations[0].message.find("at least 12 days") != std::string::npos);
}

TEST_CASE("a strike before a statute took effect is reported, not checked against it") {
    ConstraintCheck c = check_of(R"(bargain: 1
campaign: {name: Old, law: illinois-iplra}
events:
  - {id: strike, kind: strike, date: 1980-05-01}
)");
    REQUIRE(c.violations.size() == 1);
    CHECK(c.violations[0].constraint == "illinois-iplra: in force");
    CHECK(c.violations[0].message ==
          "the Illinois Public Labor Relations Act took effect on 1984-07-01, after the strike (the strike 'strike' on "
          "1980-05-01); its rules do not apply");
}

TEST_CASE("law: {preset:} errors name the key and the line") {
    CampaignLoad c = load_campaign_text("campaign.yaml", R"(bargain: 1
campaign:
  name: X
  law: {preset: ilinois-iplra, notice_dayz: 3, mandate_months: 99999}
)");
    REQUIRE(c.problems.size() == 3);
    CHECK(c.problems[0].located() ==
          "campaign.yaml:4:17: law must be illinois-iplra, illinois-ielra, nlra-8d, nlra-8g or uk-tulrca, not "
          "'ilinois-iplra'");
    CHECK(c.problems[0].help == "did you mean 'illinois-iplra'?");
    CHECK(c.problems[1].located() == "campaign.yaml:4:32: unknown key 'notice_dayz' in law");
    CHECK(c.problems[1].help == "did you mean 'notice_days'?");
    CHECK(c.problems[2].located() == "campaign.yaml:4:64: mandate_months is too large: 99999");
}

TEST_CASE("a presets file with a mistake says where") {
    CHECK(problem_of("bargain-law-presets: 2\npresets: []\n") ==
          "presets.yaml:1:22: expected 'bargain-law-presets: 1'");
    CHECK(problem_of("bargain-law-presets: 1\npresets:\n  - {id: x, name: X, citation: C, effective: 2000-01-01, "
                     "notice_dais: 3}\n") == "presets.yaml:3:58: unknown key 'notice_dais' [did you mean 'notice_days'?]");
    CHECK(problem_of("bargain-law-presets: 1\npresets:\n  - {id: x, name: X}\n") ==
          "presets.yaml:3:5: a preset needs id, name, citation and effective");
    CHECK(problem_of("bargain-law-presets: 1\npresets:\n  - {id: x, name: X, citation: C, effective: 2000-01-01, "
                     "notice_days: -1}\n") == "presets.yaml:3:71: expected a whole number of days or months, found '-1'");
    CHECK(problem_of(R"(bargain-law-presets: 1
presets:
  - id: x
    name: X
    citation: C
    effective: 2000-01-01
    amended:
      - {ballots_closing_from: 2020-01-01, by: A}
      - {ballots_closing_from: 2019-01-01, by: B}
)") == "presets.yaml:9:9: amendments must be in date order");
}

TEST_CASE("a preset's flags read as a campaign's do: yes, no, true or false") {
    LawPresets p = parse_law_presets("presets.yaml", "bargain-law-presets: 1\npresets:\n"
                                                     "  - {id: x, name: X, citation: C, effective: 2000-01-01, "
                                                     "after_expiry: Yes, mediation_first: no, pickets_too: TRUE}\n");
    REQUIRE_FALSE(p.problem);
    REQUIRE(p.presets.size() == 1);
    CHECK(p.presets[0].rules.after_expiry);
    CHECK_FALSE(p.presets[0].rules.mediation_first);
    CHECK(p.presets[0].rules.pickets_too);
    CHECK(problem_of("bargain-law-presets: 1\npresets:\n  - {id: x, name: X, citation: C, effective: 2000-01-01, "
                     "after_expiry: maybe}\n") == "presets.yaml:3:72: expected yes/no or true/false, found 'maybe'");
}
