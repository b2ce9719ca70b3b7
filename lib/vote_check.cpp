#include "vote_check.h"

#include <algorithm>
#include <filesystem>

#include "campaign_vote.h"
#include "input.h"
#include "roster.h"

namespace bargain {

namespace {

void add_once(std::vector<Diagnostic>& list, const Diagnostic& d) {
    std::string text = d.located();
    for (const Diagnostic& x : list)
        if (x.located() == text) return;
    list.push_back(d);
}

void add_once(std::vector<std::string>& list, const std::string& path) {
    std::error_code ec;
    for (const std::string& x : list)
        if (x == path || std::filesystem::equivalent(x, path, ec)) return;
    list.push_back(path);
}

}  // namespace

VoteCheck check_votes(const Campaign& c, const std::string& file, Date today) {
    VoteCheck out;
    for (const Vote& v : c.votes) {
        Diagnostic at_vote{file, v.where.line, v.where.column, ""};
        VoteFiles files = vote_files(c, v);
        const char* kind = v.totals.empty() ? "ballot" : "totals";
        if (files.present.empty() && !files.missing.empty()) {
            std::optional<Date> closed;
            if (v.closes) closed = std::chrono::floor<std::chrono::days>(v.closes->wall);
            Diagnostic d = at_vote;
            if (closed && *closed < today) {
                d.message = "vote '" + v.id + "': voting closed on " + format_date(*closed) + " and its " + kind +
                            " file " + files.missing.front() + " is not there";
                add_once(out.problems, d);
            } else {
                d.message = "vote '" + v.id + "': its " + kind + " files are not there yet" +
                            (closed ? " (voting closes " + format_date(*closed) + ")" : std::string());
                out.notes.push_back(d);
            }
            // The roster can be checked before the ballots come in.
            if (!v.roster.empty()) {
                std::string path = c.resolve_path(v.roster);
                auto in = Input::open(path);
                if (!in) {
                    add_once(out.problems, in.error());
                } else {
                    add_once(out.files, path);
                    if (auto read = read_roster(**in, &v.roster_columns); !read) add_once(out.problems, read.error());
                }
            }
            continue;
        }
        std::vector<Diagnostic> problems;
        auto result = tally_campaign_vote(c, v, file, problems);
        for (const Diagnostic& d : problems) add_once(out.problems, d);
        if (result)
            for (const Diagnostic& w : result->warnings) add_once(out.warnings, w);
        for (const std::string& p : files.present) add_once(out.files, p);
        if (!v.roster.empty() && files.missing.empty()) add_once(out.files, c.resolve_path(v.roster));
    }
    return out;
}

}  // namespace bargain
