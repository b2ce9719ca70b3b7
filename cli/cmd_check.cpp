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
#include <iostream>
#include <memory>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "campaign/schedule_check.h"
#include "campaign/timeline.h"
#include "campaign/vote_check.h"
#include "commands.h"
#include "contract/contract_history.h"
#include "io/excerpt.h"
#include "notice/notice.h"
#include "output.h"
#include "text/report_text.h"

namespace bargain::cli {

namespace {


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

    // A schedule that places other than its units' members is worth a look;
    // a schedule in error is not compared (its placement may be half read).
    if (problems.empty()) {
        std::vector<Diagnostic> warnings = schedule_warnings(c, file);
        attach_excerpts(warnings, file, (*in)->kept());
        for (const Diagnostic& w : warnings) report_warning(w);
    }

    // The contract's text and every proposal's language on it: what
    // `contract` and `redline` will print must be there to print.
    // Each is checked once the campaign reads cleanly, whatever the other finds.
    const bool read_cleanly = problems.empty();
    std::size_t articles = 0;
    if (read_cleanly) {
        ContractHistory h = contract_history(c, checked.timeline, file);
        attach_excerpts(h.problems, file, (*in)->kept());
        for (Diagnostic& d : h.problems) problems.push_back(std::move(d));
        articles = h.contract.files.size();
    }

    // What CI will render must render: each event's default notice. Only
    // once the campaign itself reads cleanly: a misspelt `locations:` is
    // already an error, and "needs locations" would only repeat it.
    if (read_cleanly)
        for (const Event& e : c.events)
            if (!default_template(e).empty())
                for (Diagnostic& d : notice_problems(checked, e, file)) problems.push_back(std::move(d));

    // Every vote whose files are there is counted as `tally --campaign`
    // counts it, each file read once however many votes name it.
    VoteCheck votes = check_votes(c, file, today);
    for (Diagnostic& d : votes.problems) problems.push_back(std::move(d));
    const std::vector<Diagnostic>& notes = votes.notes;
    const size_t files = votes.files.size();
    for (const Diagnostic& w : votes.warnings) report_warning(w);

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
              << plural(static_cast<long long>(files), "ballot or roster file", "ballot and roster files")
              << (articles ? ", " + plural(static_cast<long long>(articles), "contract article", "contract articles") : "")
              << '\n';
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
