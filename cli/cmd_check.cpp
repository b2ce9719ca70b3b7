// bargain check CAMPAIGN: load the campaign and every file it references,
// resolve the timeline, check the constraints and what the built-in notices
// need, and report every problem at once. Exit 0 when all is well, 1 when a
// constraint is violated, 2 when a file is invalid (which wins: a broken
// file makes the rest uncertain).
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

int run_check(const std::string& path) {
    auto in = Input::open(path);
    if (!in) return report(in.error());
    CheckedCampaign checked = load_and_check(**in);
    std::vector<Diagnostic> problems = std::move(checked.problems);
    const Campaign& c = checked.campaign;

    // What CI will render must render: each event's default notice. Only
    // once the campaign itself reads cleanly: a misspelt `locations:` is
    // already an error, and "needs locations" would only repeat it.
    if (problems.empty())
        for (const Event& e : c.events)
            if (!default_template(e).empty())
                for (Diagnostic& d : notice_problems(checked, e, (*in)->name())) problems.push_back(std::move(d));

    // Every ballot and roster file a vote names must read cleanly, each
    // read (and counted) once however many votes name it.
    std::set<std::string> seen;
    auto first_time = [&](const std::string& p) { return seen.insert(same_file(p)).second; };
    size_t files = 0;
    for (const Vote& v : c.votes) {
        std::vector<std::string> paths;
        for (const std::string& b : v.ballots) paths.push_back(c.resolve_path(b));
        for (const std::string& p : paths) {
            if (!first_time(p)) continue;
            if (exists(p)) ++files;
            auto ballots = Input::open(p);
            if (!ballots) {
                problems.push_back(ballots.error());
                continue;
            }
            ValidityOnly sink;
            if (auto read = read_ballots(**ballots, 0, sink); !read) problems.push_back(read.error());
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

    if (!problems.empty()) report_all(problems);
    // At the item whose date has to move, in the FILE:LINE:COL form editors
    // and CI annotations jump to.
    for (const Violation& v : checked.violations)
        std::cout << Diagnostic{(*in)->name(), v.where.line, v.where.column, v.message + " [" + v.source + "]"}.located()
                  << '\n';
    if (!problems.empty()) return kBadInput;
    if (!checked.violations.empty()) return kAnswerNo;
    std::cout << (*in)->name() << ": ok: "
              << plural(static_cast<long long>(checked.timeline.items.size()), "dated item", "dated items") << ", "
              << plural(static_cast<long long>(c.votes.size()), "vote", "votes") << ", "
              << plural(static_cast<long long>(files), "ballot or roster file", "ballot and roster files") << '\n';
    return kSuccess;
}

}  // namespace

Command setup_check(CLI::App& parent) {
    auto path = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("check", "Validate a campaign and every file it references.");
    app->add_option("CAMPAIGN", *path, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    app->footer(
        "Loads the campaign, resolves its timeline, reads every ballot and roster file its votes name,\n"
        "checks the law preset's and the campaign's constraints, and what each event's built-in notice\n"
        "needs. Reports every problem at once.\n"
        "Exit 0 all is well, 1 a constraint is violated, 2 a file is invalid.");
    return Command{app, [path] { return run_check(*path); }};
}

}  // namespace bargain::cli
