// What `bargain contract` and `bargain redline` both start from: the
// campaign, loaded and checked, and its contract text with every
// proposal's language, each problem reported with its line; and -o refused
// when it names a file the run reads (the campaign, a contract file, a
// --final proof).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "contract/contract_history.h"
#include "output.h"

namespace bargain::cli {

struct LoadedContract {
    LoadedCampaign campaign;
    ContractHistory history;
};

// Nothing, with *status set, after reporting why. `also_read`: inputs of
// the run besides the campaign and the contract's files.
std::optional<LoadedContract> load_contract_or_report(const std::string& campaign, const std::string& output,
                                                      const std::vector<std::string>& also_read, int* status);

}  // namespace bargain::cli
