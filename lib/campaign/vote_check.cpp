#include "campaign/vote_check.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "campaign/campaign_vote.h"
#include "core/text.h"
#include "io/input.h"
#include "tally/roster.h"

namespace bargain {

namespace {

// The same file however a vote wrote its path (ballots/x.csv, ./ballots/x.csv).
std::string same_file(const std::string& path) {
    std::error_code error;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
    return error ? std::filesystem::path(path).lexically_normal().string() : canonical.string();
}

// "a.csv is", "a.csv, b.csv and c.csv are".
std::string are(const std::vector<std::string>& paths) {
    return joined_and(paths) + (paths.size() == 1 ? " is" : " are");
}

// "its ballot file a.csv is", "its totals files a.csv and b.csv are".
std::string its_files_are(const char* kind, const std::vector<std::string>& paths) {
    return std::string("its ") + kind + (paths.size() == 1 ? " file " : " files ") + are(paths);
}

// The day a vote closes on the campaign's wall clock, once its timeline is resolved.
std::optional<Date> closing_day(const Vote& v, const Zone& zone) {
    if (!v.closes) return std::nullopt;
    return std::chrono::floor<std::chrono::days>(zone.to_wall(to_instant(*v.closes, zone)));
}

void add_once(std::vector<Diagnostic>& list, const Diagnostic& d) {
    std::string text = d.located();
    for (const Diagnostic& x : list)
        if (x.located() == text) return;
    list.push_back(d);
}

}  // namespace

VoteCheck check_votes(const Campaign& c, const std::string& file, Date today) {
    VoteCheck out;
    std::set<std::string> seen;
    auto count_file = [&](const std::string& p) {
        if (seen.insert(same_file(p)).second) out.files.push_back(p);
    };
    for (const Vote& v : c.votes) {
        auto about_vote = [&](const std::string& message) {
            return Diagnostic{file, v.where.line, v.where.column, "vote '" + v.id + "': " + message};
        };
        // A vote with both is already an error; its ballots are looked at.
        const bool from_totals = v.ballots.empty() && !v.totals.empty();
        const char* kind = from_totals ? "totals" : "ballot";
        VoteFiles files = vote_files(c, v);
        for (const std::string& p : files.present) count_file(p);
        if (!files.missing.empty() && !files.present.empty()) {
            add_once(out.problems, about_vote(its_files_are(kind, files.missing) + " missing while " +
                                              are(files.present) + " there; a partial count cannot be its result"));
            // The files that are there are still read, for their own problems.
            CountRequest partial = vote_count_request(c, v);
            auto there = [&](std::vector<std::string>& list) {
                std::erase_if(list, [&](const std::string& p) {
                    return std::find(files.present.begin(), files.present.end(), p) == files.present.end();
                });
            };
            there(partial.ballots);
            there(partial.totals);
            std::vector<Diagnostic> problems;
            count_ballot_files(partial, problems);
            for (const Diagnostic& d : problems) add_once(out.problems, d);
            continue;
        }
        if (!files.missing.empty()) {
            std::optional<Date> closes = closing_day(v, c.info.zone);
            std::string not_there = its_files_are(kind, files.missing) + " not there";
            if (closes && *closes < today)
                add_once(out.problems, about_vote(not_there + ", and voting closed " + format_date(*closes)));
            else
                out.notes.push_back(about_vote(not_there + " yet (" +
                                               (closes ? "voting closes " + format_date(*closes)
                                                       : std::string("the vote has no closing date")) +
                                               ")"));
            // The roster can be read before the ballots come in.
            if (!v.roster.empty()) {
                std::string path = c.resolve_path(v.roster);
                auto in = Input::open(path);
                if (!in) {
                    add_once(out.problems, in.error());
                    continue;
                }
                count_file(path);
                if (auto read = read_roster(**in, &v.roster_columns); !read) add_once(out.problems, read.error());
            }
            continue;
        }
        if (files.present.empty()) continue;  // a vote with no files named
        // Counted as `tally --campaign` counts it: every refusal it would
        // make is made here, once however many votes share a file.
        if (!v.roster.empty()) count_file(c.resolve_path(v.roster));
        std::vector<Diagnostic> problems;
        auto result = tally_campaign_vote(c, v, file, problems);
        for (const Diagnostic& d : problems) add_once(out.problems, d);
        if (result)
            for (const Diagnostic& w : result->warnings) add_once(out.warnings, w);
    }
    return out;
}

}  // namespace bargain
