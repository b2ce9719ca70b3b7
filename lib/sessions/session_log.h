// The bargaining log: the sessions held so far and, for each article of the
// contract, where it stands: its latest status (open, tentatively agreed,
// withdrawn), whose proposal that is, and the session where it last moved.
//
// What it must get right: "latest" follows the sessions' resolved dates
// (a session written {after: s3, days: 7} comes after s3 wherever it sits
// in the file), then start times, with file order breaking ties, so the
// table is the same on every run; and a proposal that names no article is
// a located problem, not a blank row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "core/datetime.h"
#include "core/diagnostic.h"

namespace bargain {

// One proposal on an article, in the session it was made.
struct ArticleMove {
    const Session* session = nullptr;
    std::optional<Date> date;  // the session's, resolved; none when it has no date
    const Proposal* proposal = nullptr;
};

struct ArticleStatus {
    std::string article;
    std::vector<ArticleMove> history;  // in session order; the last is where it stands
    // The contract sections its proposals are on (section:), each once, in
    // the order first named: where its redline is.
    std::vector<std::string> sections;
    const ArticleMove& latest() const { return history.back(); }
};

struct SessionLog {
    size_t count = 0;
    std::optional<Date> first, last;     // of the dated sessions
    std::vector<ArticleStatus> articles;  // in order of first appearance
    std::vector<Diagnostic> problems;
    const ArticleStatus* find(const std::string& article) const;
};

// The log of `campaign`, with session dates from its resolved `timeline`.
// `file` names the campaign in diagnostics.
SessionLog session_log(const Campaign& campaign, const Timeline& timeline, const std::string& file);

}  // namespace bargain
