// bargain check CAMPAIGN: load the campaign and every file it references,
// resolve the timeline, check the constraints and what the built-in notices
// need, and report every problem at once. Exit 0 when all is well, 1 when a
// constraint is violated, 2 when a file is invalid (which wins: a broken
// file makes the rest uncertain).
//
// A vote's ballots arrive after the campaign file names them, so ballot
// files that are not there yet are a note until the vote has closed (as of
// --today, which defaults to today in the campaign's time zone: the one
// place check reads the clock). After that, or when only some of them are
// there (half a count), they are an error.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

#include "ballot_reader.h"
#include "campaign.h"
#include "commands.h"
#include "constraint_check.h"
#include "input.h"
#include "notice.h"
#include "output.h"
#include "report_text.h"
#include "roster.h"
#include "timeline.h"

namespace bargain::cli {

namespace {

// Reads ballots for their validity only: every answer is skipped.
class ValidityOnly : public BallotSink {
public:
    std::uint32_t question(std::string_view) override { return kSkipQuestion; }
    void question_text(std::uint32_t, std::string_view) override {}
    void ballot(const BallotRecord&) override {}
    void site_return(const SiteReturn&) override {}
};

// Today's date on the campaign's wall clock.
Date today_in(const Zone& zone) {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return std::chrono::floor<std::chrono::days>(zone.to_wall(Seconds(now)));
}

bool exists(const std::string& path) {
    std::error_code ignored;
    return std::filesystem::exists(path, ignored);
}

// The same file however a vote wrote its path (ballots/x.csv, ./ballots/x.csv).
std::string same_file(const std::string& path) {
    std::error_code error;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
    return error ? std::filesystem::path(path).lexically_normal().string() : canonical.string();
}

// "a.csv is", "a.csv, b.csv and c.csv are".
std::string are(const std::vector<std::string>& paths) {
    std::string out;
    for (size_t i = 0; i < paths.size(); ++i) {
        if (i) out += i + 1 == paths.size() ? " and " : ", ";
        out += paths[i];
    }
    return out + (paths.size() == 1 ? " is" : " are");
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

int run_check(const std::string& path, const std::string& today_text) {
    std::optional<Date> given_today;
    if (!option_date("--today", today_text, &given_today)) return kBadInput;
    auto in = Input::open(path);
    if (!in) return report(in.error());
    CheckedCampaign checked = load_and_check(**in);
    std::vector<Diagnostic> problems = std::move(checked.problems);
    const Campaign& c = checked.campaign;
    const std::string file = (*in)->name();
    const Date today = given_today ? *given_today : today_in(c.info.zone);

    // What CI will render must render: each event's default notice. Only
    // once the campaign itself reads cleanly: a misspelt `locations:` is
    // already an error, and "needs locations" would only repeat it.
    if (problems.empty())
        for (const Event& e : c.events)
            if (!default_template(e).empty())
                for (Diagnostic& d : notice_problems(checked, e, file)) problems.push_back(std::move(d));

    // Every ballot and roster file a vote names must read cleanly, each
    // read (and counted) once however many votes name it.
    std::vector<Diagnostic> notes;
    std::set<std::string> seen;
    auto first_time = [&](const std::string& p) { return seen.insert(same_file(p)).second; };
    size_t files = 0;
    for (const Vote& v : c.votes) {
        auto about_vote = [&](const std::string& message) {
            return Diagnostic{file, v.where.line, v.where.column, "vote '" + v.id + "': " + message};
        };
        // A vote with both is already an error; its ballots are looked at.
        const bool from_totals = v.ballots.empty() && !v.totals.empty();
        const char* kind = from_totals ? "totals" : "ballot";
        std::vector<std::string> present, missing;
        for (const std::string& b : from_totals ? v.totals : v.ballots) {
            std::string p = c.resolve_path(b);
            (exists(p) ? present : missing).push_back(p);
        }
        if (!missing.empty() && !present.empty()) {
            problems.push_back(about_vote(its_files_are(kind, missing) + " missing while " + are(present) +
                                          " there; a partial count cannot be its result"));
        } else if (!missing.empty()) {
            std::optional<Date> closes = closing_day(v, c.info.zone);
            std::string not_there = its_files_are(kind, missing) + " not there";
            if (closes && *closes < today)
                problems.push_back(about_vote(not_there + ", and voting closed " + format_date(*closes)));
            else
                notes.push_back(about_vote(not_there + " yet (" +
                                           (closes ? "voting closes " + format_date(*closes)
                                                   : std::string("the vote has no closing date")) +
                                           ")"));
        }
        for (const std::string& p : present) {
            if (!first_time(p)) continue;
            ++files;
            if (from_totals) continue;  // a totals file is read by the count, not by read_ballots()
            auto ballots = Input::open(p);
            if (!ballots) {
                problems.push_back(ballots.error());
                continue;
            }
            ValidityOnly sink;
            read_ballots(**ballots, 0, BallotReadOptions{}, sink, problems);
        }
        if (!v.roster.empty() && first_time(c.resolve_path(v.roster))) {
            std::string roster_path = c.resolve_path(v.roster);
            if (exists(roster_path)) ++files;
            auto roster = Input::open(roster_path);
            if (!roster) {
                problems.push_back(roster.error());
            } else if (auto read = read_roster(**roster); !read) {
                problems.push_back(read.error());
            }
        }
    }

    for (const Diagnostic& n : notes)
        std::cout << Diagnostic{n.file, n.line, n.column, "note: " + n.message}.located() << '\n';
    if (!problems.empty()) report_all(problems);
    // At the item whose date has to move, in the FILE:LINE:COL form editors
    // and CI annotations jump to.
    for (const Violation& v : checked.violations)
        std::cout << Diagnostic{file, v.where.line, v.where.column, v.message + " [" + v.source + "]"}.located()
                  << '\n';
    if (!problems.empty()) return kBadInput;
    if (!checked.violations.empty()) return kAnswerNo;
    std::cout << file << ": ok: "
              << plural(static_cast<long long>(checked.timeline.items.size()), "dated item", "dated items") << ", "
              << plural(static_cast<long long>(c.votes.size()), "vote", "votes") << ", "
              << plural(static_cast<long long>(files), "ballot or roster file", "ballot and roster files") << '\n';
    return kSuccess;
}

}  // namespace

Command setup_check(CLI::App& parent) {
    auto path = std::make_shared<std::string>();
    auto today = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("check", "Validate a campaign and every file it references.");
    app->add_option("CAMPAIGN", *path, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    app->add_option("--today", *today,
                    "Judge the votes' ballot files as of this date (default: today in the campaign's zone)")
        ->type_name("DATE");
    app->footer(
        "Loads the campaign, resolves its timeline, reads every ballot and roster file its votes name,\n"
        "checks the law preset's and the campaign's constraints, and what each event's built-in notice\n"
        "needs. Reports every problem at once.\n"
        "A vote whose ballot files are not there yet is a note on stdout while it is open; once it closed\n"
        "before --today, or when only some of its files are there, it is an error.\n"
        "Exit 0 all is well, 1 a constraint is violated, 2 a file is invalid.");
    return Command{app, [path, today] { return run_check(*path, *today); }};
}

}  // namespace bargain::cli
