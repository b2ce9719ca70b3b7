// Bargaining sessions in the order they were held: the timeline's (resolved
// date, start time, file order), then the undated ones in file order, since
// they cannot be placed in time. The session log and the contract's history
// both walk sessions this way, so "latest" means the same in both.
#pragma once

#include <optional>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "core/datetime.h"

namespace bargain {

struct PlacedSession {
    const Session* session = nullptr;
    std::optional<Date> date;  // resolved; none when the session has no date
};

std::vector<PlacedSession> sessions_in_order(const Campaign& campaign, const Timeline& timeline);

}  // namespace bargain
