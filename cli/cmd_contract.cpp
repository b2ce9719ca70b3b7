// bargain contract CAMPAIGN: the integrated tentative agreement, the
// contract members are asked to ratify: the current contract with every TA
// up to a point applied, then the articles still open or withdrawn.
#include <istream>
#include <iterator>
#include <filesystem>
#include <memory>
#include <variant>

#include "campaign/campaign.h"
#include "commands.h"
#include "contract_input.h"
#include "contract/agreement_report.h"
#include "contract/contract_history.h"
#include "contract/contract_point.h"
#include "contract/final_check.h"
#include "io/input.h"
#include "formats.h"
#include "output.h"

namespace bargain::cli {

namespace {

const Formats<AgreementReport> kAgreementFormats = {
    {"markdown", agreement_markdown}, {"html", agreement_html}, {"text", agreement_text}};

struct ContractArgs {
    std::string campaign;
    std::string as_of;
    std::string final_text;  // --final: the printed contract
    std::string format;
    bool format_given = false;
    std::string output;
};

int run_contract(const ContractArgs& a) {
    if (!a.final_text.empty() && a.format_given)
        return report("--final prints its comparison as text: leave out --format (or write the agreement first, "
                      "without --final)");
    int status = kSuccess;
    auto loaded = load_contract_or_report(a.campaign, a.output,
                                          a.final_text.empty() ? std::vector<std::string>{} : std::vector{a.final_text},
                                          &status);
    if (!loaded) return status;
    const CheckedCampaign& checked = loaded->campaign.checked;
    const Campaign& c = checked.campaign;
    const ContractHistory& h = loaded->history;

    NamedPoint at = all_agreed(h);
    if (!a.as_of.empty()) {
        auto named = named_point(h, c, checked.timeline, a.as_of, PointUse::as_of, "--as-of");
        if (auto* d = std::get_if<Diagnostic>(&named)) return report(*d);
        at = std::get<NamedPoint>(named);
    }
    if (a.final_text.empty())
        return write_output(a.output, render(kAgreementFormats, a.format, agreement_report(c, h, at)));

    // --final: the printed contract against the agreement, word by word.
    auto in = Input::open(a.final_text);
    if (!in) return report(in.error());
    std::istream stream(in->get());
    std::string printed((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    if (!(*in)->read_error().empty()) return report((*in)->name() + ": " + (*in)->read_error());
    SectionsRead shape = read_sections((*in)->name(), printed, SectionIds::optional);
    for (const Diagnostic& d : shape.problems)
        if (d.message.starts_with("this file is not UTF-8")) return report(d);
    FinalCheck f = final_check(contract_version(h, at.point), (*in)->name(), printed);
    if (int s = write_output(a.output, final_check_text(f, at.shown))) return s;
    return f.differences.empty() ? kSuccess : kAnswerNo;
}

}  // namespace

Command setup_contract(CLI::App& parent) {
    auto args = std::make_shared<ContractArgs>();
    CLI::App* app = parent.add_subcommand("contract", "The contract with every tentative agreement applied.");
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    app->add_option("--as-of", args->as_of, "Apply the agreements through this session, or this date")
        ->type_name("SESSION|DATE");
    app->add_option("--final", args->final_text,
                    "Compare this printed contract with the agreement; exit 1 listing each difference")
        ->type_name("FILE");
    CLI::Option* format = add_format_option(app, args->format, kAgreementFormats);
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->footer("The current contract is the campaign's contract: folder, one Markdown file per article; a\n"
                "tentative agreement (status: ta) with section: and text:, file:, delete: true or unchanged:\n"
                "true changes it from its session on. The Markdown keeps each heading's {#id}, so it is a\n"
                "contract file itself. --final prints its comparison as text, ignoring whitespace, typographic\n"
                "quotes and dashes, heading marks and section ids; exit 0 no difference, 1 differences.");
    return Command{app, [args, format] {
                       args->format_given = format->count() > 0;
                       return run_contract(*args);
                   }};
}

}  // namespace bargain::cli
