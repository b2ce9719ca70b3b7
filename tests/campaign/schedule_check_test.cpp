// bargain check's word on a schedule that loads but deserves a look: placement
// that does not add up to its units' head count (part-time members explain
// it), and hours: on a schedule of annual salaries.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/schedule_check.h"
#include "lines_maker.h"

using namespace bargain;

namespace {
using Lines = std::vector<std::string>;
}  // namespace

TEST_CASE("check warns when a schedule places other than its units' members") {
    auto warnings = [](const std::string& yaml) {
        CampaignLoad l = load_campaign_text("c.yaml", yaml);
        REQUIRE(l.problems.empty());
        std::vector<std::string> out;
        for (const Diagnostic& d : schedule_warnings(l.campaign, "c.yaml")) out.push_back(d.located());
        return out;
    };
    std::string head = "bargain: 1\ncampaign: {name: x}\nunits:\n  - {id: a, members: 1200}\n  - {id: b, members: 3}\n"
                       "  - {id: c}\nschedules:\n";
    CHECK(warnings(head + "  - {id: s, units: [a], steps: [1], placement: [{step: 1, fte: 1199.5}]}\n") ==
          Lines{"c.yaml:8:5: schedule 's' places 1,199.5 FTE, but unit 'a' has members: 1,200"});
    CHECK(warnings(head + "  - {id: s, units: [a, b], steps: [1], placement: [{step: 1, fte: 1200}]}\n") ==
          Lines{"c.yaml:8:5: schedule 's' places 1,200 FTE, but units 'a' and 'b' have 1,203 members in all"});
    CHECK(warnings(head + "  - {id: s, units: [a], steps: [1], placement: [{step: 1, fte: 1200.0}]}\n") == Lines{});
    // A unit without a head count leaves nothing to compare with.
    CHECK(warnings(head + "  - {id: s, units: [a, c], steps: [1], placement: [{step: 1, fte: 2}]}\n") == Lines{});
}

TEST_CASE("check warns that hours: on an annual schedule changes nothing") {
    std::string yaml = "bargain: 1\ncampaign: {name: x}\nunits:\n  - {id: a, members: 2}\nschedules:\n"
                       "  - id: s\n    units: [a]\n    pay: annual\n    hours: 2080\n    steps: [1]\n"
                       "    placement: [{step: 1, fte: 2}]\n";
    CampaignLoad l = load_campaign_text("c.yaml", yaml);
    REQUIRE(l.problems.empty());
    std::vector<std::string> out;
    for (const Diagnostic& d : schedule_warnings(l.campaign, "c.yaml")) out.push_back(d.located());
    CHECK(out == Lines{"c.yaml:9:5: schedule 's' pays annual salaries, so its hours: changes nothing"});
}
