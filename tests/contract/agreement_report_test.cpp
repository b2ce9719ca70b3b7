// The integrated agreement's closing list: what is still open, section by
// section, so an agreement on one section never hides another still open.
#include <doctest/doctest.h>

#include <string>

#include "campaign/constraint_check.h"
#include "contract/agreement_report.h"
#include "io/input.h"

using namespace bargain;

TEST_CASE("an article agreed in one section and open in another is still open") {
    std::string yaml =
        "bargain: 1\ncampaign: {name: x}\ncontract: contract/\nsessions:\n"
        "  - id: s1\n    date: 2019-07-09\n    proposals:\n"
        "      - {article: Wages, side: union, status: open, section: art-10.1, text: Five percent.}\n"
        "  - id: s2\n    date: 2019-07-10\n    proposals:\n"
        "      - {article: Wages, side: employer, status: ta, section: art-10.2, unchanged: true}\n";
    auto in = Input::from_string("c.yaml", yaml);
    CheckedCampaign c = load_and_check(*in);
    REQUIRE(c.problems.empty());
    ContractFiles files;
    files.folder = [](const std::string& folder) {
        return read_contract(folder, {{"10.md", "# Wages {#art-10}\n## 10.1 Raises {#art-10.1}\nTwo percent.\n"
                                                "## 10.2 Steps {#art-10.2}\nOne a year.\n"}});
    };
    ContractHistory h = contract_history(c.campaign, c.timeline, "c.yaml", files);
    REQUIRE(h.problems.empty());
    AgreementReport r = agreement_report(c.campaign, h, all_agreed(h));
    REQUIRE(r.open.size() == 1);
    CHECK(r.open[0].proposal->section == "art-10.1");
    CHECK(agreement_markdown(r).ends_with(
        "Still open or withdrawn:\n\n- **Wages** (art-10.1): open; union proposal in session s1 (2019-07-09)\n"));
}
