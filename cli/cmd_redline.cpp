// bargain redline CAMPAIGN: the comparative print of the contract between
// two points of bargaining: by default, the current contract against every
// tentative agreement, what members are asked to ratify.
#include <filesystem>
#include <memory>
#include <variant>

#include "campaign/campaign.h"
#include "commands.h"
#include "contract_input.h"
#include "contract/contract_history.h"
#include "contract/contract_point.h"
#include "contract/redline.h"
#include "formats.h"
#include "output.h"

namespace bargain::cli {

namespace {

const Formats<Redline> kRedlineFormats = {
    {"html", redline_html}, {"markdown", redline_markdown}, {"text", redline_text}};

struct RedlineArgs {
    std::string campaign;
    std::string from = "current";
    std::string to = "ta";
    std::string article;
    bool by_side = false;
    std::string format;
    std::string output;
};

int run_redline(const RedlineArgs& a) {
    int status = kSuccess;
    auto loaded = load_contract_or_report(a.campaign, a.output, {}, &status);
    if (!loaded) return status;
    const CheckedCampaign& checked = loaded->campaign.checked;
    const Campaign& c = checked.campaign;
    const ContractHistory& h = loaded->history;

    auto from = named_point(h, c, checked.timeline, a.from, PointUse::from, "--from");
    if (auto* d = std::get_if<Diagnostic>(&from)) return report(*d);
    auto to = named_point(h, c, checked.timeline, a.to, PointUse::to, "--to");
    if (auto* d = std::get_if<Diagnostic>(&to)) return report(*d);
    auto r = redline(c, h, std::get<NamedPoint>(from), std::get<NamedPoint>(to), a.article, a.by_side);
    if (auto* d = std::get_if<Diagnostic>(&r)) return report(*d);
    return write_output(a.output, render(kRedlineFormats, a.format, std::get<Redline>(r)));
}

}  // namespace

Command setup_redline(CLI::App& parent) {
    auto args = std::make_shared<RedlineArgs>();
    CLI::App* app = parent.add_subcommand("redline", "The contract's changes, word by word, struck and inserted.");
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    app->add_option("--from", args->from, "Compare from: current (default), a session or an offer")
        ->type_name("current|SESSION|OFFER");
    app->add_option("--to", args->to, "Compare to: ta (default: every agreement), a session or an offer")
        ->type_name("ta|SESSION|OFFER");
    app->add_option("--article", args->article, "Only this article (its first section's id) or section")
        ->type_name("ID");
    app->add_flag("--by-side", args->by_side,
                  "Shade each change by the side that proposed it (HTML; every format says whose each section is)");
    add_format_option(app, args->format, kRedlineFormats);
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->footer("A session is the table at its end: what was agreed by then, and for each section still open its\n"
                "latest proposal. An offer is its side's package: what was agreed by its date, and that side's\n"
                "proposals still open. Deletions are struck (<del>, ~~old~~, [-old-]), insertions underlined\n"
                "(<ins>, **new**, {+new+}), so no change is shown by colour alone.");
    return Command{app, [args] { return run_redline(*args); }};
}

}  // namespace bargain::cli
