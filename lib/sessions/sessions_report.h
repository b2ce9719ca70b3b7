// The bargaining log in each output format (text, markdown, json, csv),
// all from one SessionsReport, so they always agree. The JSON is the
// spec's shape: {"count", "first", "last", "span", "articles": [...]}.
#pragma once

#include <optional>
#include <string>

#include "core/datetime.h"
#include "sessions/session_log.h"

namespace bargain {

struct SessionsReport {
    std::string campaign;  // its name
    const SessionLog* log = nullptr;
    // The span runs from the first session to `until`: --today, else the
    // last session.
    std::optional<Date> until;
    // --article: that article alone, with its history.
    const ArticleStatus* article = nullptr;
    // --redline-link: the page `bargain redline` wrote, so that in Markdown
    // each section links to its place there (PAGE#rl-ID); "" for plain ids.
    std::string redline_page;
};

std::string sessions_text(const SessionsReport& r);
std::string sessions_markdown(const SessionsReport& r);
std::string sessions_json(const SessionsReport& r);
std::string sessions_csv(const SessionsReport& r);

}  // namespace bargain
