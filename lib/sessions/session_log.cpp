#include "sessions/session_log.h"

#include <algorithm>
#include <map>

#include "campaign/session_order.h"

namespace bargain {

const ArticleStatus* SessionLog::find(const std::string& article) const {
    for (const ArticleStatus& a : articles)
        if (a.article == article) return &a;
    return nullptr;
}

SessionLog session_log(const Campaign& campaign, const Timeline& timeline, const std::string& file) {
    SessionLog log;
    log.count = campaign.sessions.size();

    std::map<std::string, size_t> index;
    for (const auto& [session, date] : sessions_in_order(campaign, timeline)) {
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
            if (fresh) log.articles.push_back(ArticleStatus{p.article, {}, {}});
            ArticleStatus& a = log.articles[it->second];
            a.history.push_back(ArticleMove{session, date, &p});
            if (!p.section.empty() && std::find(a.sections.begin(), a.sections.end(), p.section) == a.sections.end())
                a.sections.push_back(p.section);
        }
    }
    return log;
}

}  // namespace bargain
