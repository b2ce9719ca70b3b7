#include "contract_input.h"

#include <filesystem>

#include "io/excerpt.h"

namespace bargain::cli {

std::optional<LoadedContract> load_contract_or_report(const std::string& campaign, const std::string& output,
                                                      const std::vector<std::string>& also_read, int* status) {
    std::vector<std::string> inputs = {campaign};
    inputs.insert(inputs.end(), also_read.begin(), also_read.end());
    if ((*status = refuse_overwriting({{"-o", output}}, inputs))) return std::nullopt;
    *status = kBadInput;
    auto loaded = load_campaign_or_report(campaign);
    if (!loaded) return std::nullopt;
    const CheckedCampaign& checked = loaded->checked;
    if (checked.campaign.contract.empty()) {
        report(Diagnostic{loaded->name, 0, 0, "this campaign keeps no contract text",
                          "add contract: with the folder of the contract's Markdown files, one per article, like "
                          "contract: contract/ (bargain init writes one to start from)"});
        return std::nullopt;
    }
    ContractHistory h = contract_history(checked.campaign, checked.timeline, loaded->name);
    if (!h.problems.empty()) {
        attach_excerpts(h.problems, loaded->name, loaded->text);
        report_all(h.problems);
        return std::nullopt;
    }
    // -o must not replace what this run reads: the contract's own files, too.
    for (const ContractFile& f : h.contract.files)
        inputs.push_back((std::filesystem::path(h.contract.folder) / f.name).string());
    if ((*status = refuse_overwriting({{"-o", output}}, inputs))) return std::nullopt;
    *status = kSuccess;
    return LoadedContract{std::move(*loaded), std::move(h)};
}

}  // namespace bargain::cli
