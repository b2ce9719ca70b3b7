// Checking a resolved timeline against its constraints: the law preset the
// campaign names (`law:`) and the campaign's own `constraints:`.
//
// Each violation cites its source: the statute for a preset, the line of
// the campaign file for the campaign's own, because a bargaining team must
// be able to show why a date is wrong. Presets are not legal advice.
#pragma once

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "core/diagnostic.h"
#include "io/input.h"

namespace bargain {

struct Violation {
    std::string constraint;  // "illinois-iplra: notice" or "constraints[2]"
    std::string message;     // "the strike must be at least 5 days after ...; it is 3"
    std::string source;      // "5 ILCS 315/17" or "campaign.yaml:42"
    std::vector<std::string> items = {};  // ids of the items it concerns, so a chart can mark them
    Where where = {};  // the item whose date breaks it (line 0 when no one item does)
};

struct ConstraintCheck {
    std::vector<Violation> violations;
    std::vector<Diagnostic> problems;  // an unknown law preset
};

ConstraintCheck check_constraints(const Campaign& campaign, const Timeline& timeline, const std::string& file);

// A campaign read, its timeline resolved and its constraints checked: what
// `check` and `timeline` both start from. `problems` gathers the loader's,
// the timeline's and the checker's, in that order.
struct CheckedCampaign {
    Campaign campaign;
    Timeline timeline;
    std::vector<Violation> violations;
    std::vector<Diagnostic> problems;
};
CheckedCampaign load_and_check(Input& in, const OpenCampaignFile& open = &Input::open);

}  // namespace bargain
