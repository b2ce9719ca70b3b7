// What `bargain check` says of a campaign's salary schedules beyond what
// the loader refuses: a warning when the FTE a schedule places differs from
// its units' head count (`members:`). Part-time members explain a smaller
// FTE; a row missing from the placement explains it too, and costs every
// offer short. Only the team can tell which, so it is a warning, not an
// error. So is `hours:` on a schedule of annual salaries: it changes
// nothing there. (The loader has no warnings of its own to return: check computes
// them, as it does a count's.)
#pragma once

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "core/diagnostic.h"

namespace bargain {

// Each located at its schedule in `file`, the campaign.
std::vector<Diagnostic> schedule_warnings(const Campaign& campaign, const std::string& file);

}  // namespace bargain
