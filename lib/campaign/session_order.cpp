#include "campaign/session_order.h"

#include <algorithm>

namespace bargain {

std::vector<PlacedSession> sessions_in_order(const Campaign& campaign, const Timeline& timeline) {
    struct Keyed {
        std::size_t key;
        PlacedSession placed;
    };
    std::vector<Keyed> order;
    for (std::size_t i = 0; i < campaign.sessions.size(); ++i) {
        const Session& s = campaign.sessions[i];
        const TimelineItem* item = timeline.find(s.id);
        if (item && item->kind == TimelineItem::Kind::session)
            order.push_back({static_cast<std::size_t>(item - timeline.items.data()), {&s, item->date}});
        else
            order.push_back({timeline.items.size() + i, {&s, std::nullopt}});
    }
    std::sort(order.begin(), order.end(), [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
    std::vector<PlacedSession> out;
    for (const Keyed& k : order) out.push_back(k.placed);
    return out;
}

}  // namespace bargain
