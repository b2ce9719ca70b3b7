#include "sessions/session_log.h"

#include <algorithm>
#include <map>

namespace bargain {

const ArticleStatus* SessionLog::find(const std::string& article) const {
    for (const ArticleStatus& a : articles)
        if (a.article == article) return &a;
    return nullptr;
}

SessionLog session_log(const Campaign& campaign, const Timeline& timeline, const std::string& file) {
    SessionLog log;
    log.count = campaign.sessions.size();

    // Dated sessions in the timeline's order (date, start time, file order),
    // then the undated ones in file order: they cannot be placed in time.
    struct Placed {
        size_t key;
        const Session* session;
        std::optional<Date> date;
    };
    std::vector<Placed> order;
    for (size_t i = 0; i < campaign.sessions.size(); ++i) {
        const Session& s = campaign.sessions[i];
        const TimelineItem* item = timeline.find(s.id);
        if (item && item->kind == TimelineItem::Kind::session)
            order.push_back({static_cast<size_t>(item - timeline.items.data()), &s, item->date});
        else
            order.push_back({timeline.items.size() + i, &s, std::nullopt});
    }
    std::sort(order.begin(), order.end(), [](const Placed& a, const Placed& b) { return a.key < b.key; });

    std::map<std::string, size_t> index;
    for (const auto& [key, session, date] : order) {
        if (date) {
            if (!log.first || *date < *log.first) log.first = date;
            if (!log.last || *date > *log.last) log.last = date;
        }
        for (const Proposal& p : session->proposals) {
            if (p.article.empty()) {
                log.problems.push_back(Diagnostic{file, session->where.line, session->where.column,
                                                  "a proposal in session '" + session->id +
                                                      "' names no article: give it one, like article: Wages"});
                continue;
            }
            auto [it, fresh] = index.emplace(p.article, log.articles.size());
            if (fresh) log.articles.push_back(ArticleStatus{p.article, {}});
            log.articles[it->second].history.push_back(ArticleMove{session, date, &p});
        }
    }
    return log;
}

}  // namespace bargain
