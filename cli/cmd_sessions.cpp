// bargain sessions CAMPAIGN: the bargaining log a team hands its members:
// how many sessions over how long, and where each article stands.
#include <memory>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "commands.h"
#include "core/suggest.h"
#include "formats.h"
#include "output.h"
#include "sessions/session_log.h"
#include "sessions/sessions_report.h"

namespace bargain::cli {

namespace {

const Formats<SessionsReport> kSessionsFormats = {
    {"text", sessions_text}, {"markdown", sessions_markdown}, {"json", sessions_json}, {"csv", sessions_csv}};

struct SessionsArgs {
    std::string campaign;
    std::string format;  // the first of kSessionsFormats unless given
    std::string article;
    std::string today;
    std::string redline_link;
    std::string output;
};

int run_sessions(const SessionsArgs& a) {
    std::optional<Date> today;
    if (!option_date("--today", a.today, &today)) return kBadInput;

    if (int s = refuse_overwriting({{"-o", a.output}}, {a.campaign})) return s;
    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    const CheckedCampaign& checked = loaded->checked;
    SessionLog log = session_log(checked.campaign, checked.timeline, loaded->name);
    if (!log.problems.empty()) return report_all(log.problems);
    if (today && log.first && *today < *log.first)
        return report("--today: " + a.today + " is before the first session (" + format_date(*log.first) +
                      "): the span runs from the first session to --today");

    SessionsReport r{checked.campaign.info.name, &log, today, nullptr, a.redline_link};
    if (!a.article.empty()) {
        r.article = log.find(a.article);
        if (!r.article) {
            std::vector<std::string> names;
            for (const ArticleStatus& s : log.articles) names.push_back(s.article);
            return report(Diagnostic{"", 0, 0, "--article: no article '" + a.article + "' in the sessions of " + loaded->name,
                                     suggestion(a.article, names)});
        }
    }
    return write_output(a.output, render(kSessionsFormats, a.format, r));
}

}  // namespace

Command setup_sessions(CLI::App& parent) {
    auto args = std::make_shared<SessionsArgs>();
    CLI::App* app = parent.add_subcommand("sessions", "The bargaining sessions and where each article stands.");
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    add_format_option(app, args->format, kSessionsFormats);
    app->add_option("--article", args->article, "Show one article's history, session by session")->type_name("NAME");
    app->add_option("--today", args->today, "Count the span to this date instead of the last session")
        ->type_name("DATE");
    app->add_option("--redline-link", args->redline_link,
                    "In Markdown, link each article's sections to their place in PAGE (bargain redline --to LAST-SESSION)")
        ->type_name("PAGE");
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->footer("An article's status, side and last session are those of its latest proposal: sessions in date\n"
                "order, then start time (undated ones last, in file order), proposals in file order within a\n"
                "session.");
    return Command{app, [args] { return run_sessions(*args); }};
}

}  // namespace bargain::cli
