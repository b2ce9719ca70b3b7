// The scaffold `bargain init` writes: the files a team starts from, each of
// which must read cleanly, with a campaign that loads without a problem.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/scaffold.h"
#include "io/input.h"
#include "io/yaml_source.h"

using namespace bargain;

TEST_CASE("the scaffold is a campaign, a roster, ballots, a contract article, a README and CI for GitHub and GitLab") {
    std::vector<std::string> paths;
    for (const ScaffoldFile& f : campaign_scaffold()) paths.push_back(f.path);
    CHECK(paths == std::vector<std::string>{".github/workflows/bargain.yml", ".gitlab-ci.yml", "README.md",
                                            "ballots/lbo-vote.csv", "campaign.yaml",
                                            "contract/07-grievance-procedure.md", "roster.csv"});
}

TEST_CASE("the scaffold's campaign loads without a problem") {
    for (const ScaffoldFile& f : campaign_scaffold()) {
        if (f.path != "campaign.yaml") continue;
        CampaignLoad load = load_campaign_text("campaign.yaml", std::string(f.text));
        for (const Diagnostic& d : load.problems) FAIL_CHECK(d.located());
        CHECK(load.campaign.votes.size() == 2);
        CHECK(load.campaign.offers.size() == 2);
    }
}

TEST_CASE("the CI workflows are YAML that installs bargain, checks and publishes the calendar") {
    int workflows = 0;
    for (const ScaffoldFile& f : campaign_scaffold()) {
        if (f.path.size() < 4 || f.path.substr(f.path.size() - 4) != ".yml") continue;
        ++workflows;
        auto in = Input::from_string(f.path, std::string(f.text));
        Result<YamlNode> root = load_yaml_document(*in);
        CHECK_MESSAGE(root.ok(), f.path);
        CHECK(f.text.find("BARGAIN_REPO") != std::string_view::npos);
        CHECK(f.text.find("bargain check campaign.yaml") != std::string_view::npos);
        CHECK(f.text.find("bargain timeline campaign.yaml --format ics -o campaign.ics") != std::string_view::npos);
    }
    CHECK(workflows == 2);
}
