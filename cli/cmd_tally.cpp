// bargain tally BALLOTS... : count ballots, apply the rule, report.
//
// This file only turns the command line into library calls and decides
// formats, files and exit codes; the counting lives in lib/tally.cpp and the
// rule in lib/rule.cpp.
#include <memory>

#include "ballot_count.h"
#include "campaign.h"
#include "campaign_vote.h"
#include "commands.h"
#include "decision.h"
#include "output.h"
#include "suggest.h"
#include "rule.h"
#include "tally.h"
#include "tally_report.h"

namespace bargain::cli {

namespace {

struct TallyArgs {
    std::vector<std::string> ballots;
    std::string roster;
    std::string rule = "majority";
    std::string turnout;
    std::string question;
    std::string opens, closes;
    std::string duplicates = "first";
    bool by_unit = false;
    bool challenge_unlisted = false;
    std::string format = "text";
    std::string chart;
    std::string audit;
    bool exit_status = false;
    std::string output;
    std::string campaign, vote;
    // Set from the parsed command line: which options were given, so that
    // they override what the campaign says.
    bool rule_given = false, roster_given = false, question_given = false;
};

// What a campaign's vote contributes to a tally (`--campaign FILE --vote ID`).
struct VoteFromCampaign {
    std::string question_text;
    TallyOptions options;  // the window, zone and units (see vote_tally_options)
};

// Reads the campaign and fills in what the command line left out: ballots,
// roster, column, rule, window, units. Returns an exit code, 0 when all is well.
int take_vote(TallyArgs& a, VoteFromCampaign* out) {
    if (a.campaign.empty() || a.vote.empty())
        return report("--campaign and --vote go together: the vote's id names which vote of the campaign to tally");
    // Checked whole, as every command that reads a campaign does: a vote's
    // window may count from other dates, which only the timeline resolves.
    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    const Campaign& c = loaded->checked.campaign;
    const Vote* vote = nullptr;
    std::vector<std::string> ids;
    for (const Vote& v : c.votes) {
        ids.push_back(v.id);
        if (v.id == a.vote) vote = &v;
    }
    if (!vote)
        return report(Diagnostic{loaded->name, 0, 0,
                                 "no vote '" + a.vote + "' in this campaign" + did_you_mean(a.vote, ids)});
    if (a.ballots.empty())
        for (const std::string& b : vote->ballots) a.ballots.push_back(c.resolve_path(b));
    if (!a.roster_given && !vote->roster.empty()) a.roster = c.resolve_path(vote->roster);
    if (!a.rule_given && !vote->rule.empty()) a.rule = vote->rule;
    if (!a.question_given) a.question = vote->column;
    out->question_text = vote->question;
    out->options = vote_tally_options(c, *vote);
    return kSuccess;
}

std::optional<DateTime> window_edge(const std::string& option, const std::string& text, int* status) {
    if (text.empty()) return std::nullopt;
    std::string why;
    auto dt = parse_datetime(text, &why);
    if (!dt) *status = report(option + ": '" + text + "': " + why);
    return dt;
}

int exit_code(const std::vector<QuestionDecision>& questions) {
    bool any_failed = false, any_open = false;
    for (const QuestionDecision& q : questions) {
        any_failed = any_failed || q.overall.outcome == Outcome::failed;
        any_open = any_open || q.overall.outcome == Outcome::undetermined;
    }
    return any_failed ? kAnswerNo : any_open ? kUndetermined : kSuccess;
}

int run_tally(TallyArgs a) {
    VoteFromCampaign from_campaign;
    bool with_campaign = !a.campaign.empty() || !a.vote.empty();
    if (with_campaign)
        if (int s = take_vote(a, &from_campaign)) return s;
    if (a.ballots.empty()) return report("no ballot files: name them, or give --campaign and --vote");
    std::vector<std::string> inputs = a.ballots;
    inputs.insert(inputs.end(), {a.roster, a.campaign});
    if (int s = refuse_overwriting({{"-o", a.output}, {"--audit", a.audit}, {"--chart", a.chart}}, inputs)) return s;

    // The library's messages already name the rule or turnout they quote.
    auto rule = parse_rule(a.rule);
    if (!rule) return report(rule.error().message);
    if (!a.turnout.empty())
        if (auto error = add_turnout(*rule, a.turnout)) return report(error->message);

    // What the campaign's vote gives (see vote_tally_options), then what the
    // command line says over it.
    TallyOptions options = from_campaign.options;
    int status = kSuccess;
    if (!a.opens.empty()) options.opens = window_edge("--opens", a.opens, &status);
    if (!a.closes.empty()) options.closes = window_edge("--closes", a.closes, &status);
    if (status != kSuccess) return status;
    if (options.opens && options.closes && window_is_empty(options))
        return report("--closes is before --opens: the voting window would be empty");
    options.duplicates = a.duplicates == "last" ? TallyOptions::Keep::last : TallyOptions::Keep::first;
    options.by_unit = a.by_unit;
    options.challenge_unlisted = a.challenge_unlisted;
    if (!a.question.empty()) options.only_question = a.question;
    if (a.challenge_unlisted && a.roster.empty())
        return report("--challenge-unlisted needs --roster: without a roster no voter is unlisted");

    int from_stdin = (a.roster == "-") ? 1 : 0;
    for (const std::string& p : a.ballots) from_stdin += p == "-";
    if (from_stdin > 1) return report("only one input can be read from standard input ('-')");

    TallyReport out;
    out.rule = *rule;
    out.by_unit = a.by_unit;

    auto counted = count_ballot_files(options, a.roster, a.ballots);
    if (!counted) return report(counted.error());
    out.roster = std::move(counted->roster);
    out.inputs = std::move(counted->inputs);
    out.count = std::move(counted->count);
    for (Count::Question& q : out.count.questions)
        if (with_campaign && q.id == a.question && q.text.empty()) q.text = from_campaign.question_text;
    auto decisions = decide(out.count, out.rule, a.by_unit);
    if (!decisions) return report(decisions.error());
    out.questions = std::move(*decisions);

    if (!a.audit.empty())
        if (int s = write_output(a.audit, tally_audit(out))) return s;
    if (!a.chart.empty())
        if (int s = write_output(a.chart, tally_chart_svg(out))) return s;

    std::string text;
    if (a.format == "json") text = tally_json(out);
    else if (a.format == "yaml") text = tally_yaml(out);
    else if (a.format == "csv") text = tally_csv(out);
    else if (a.format == "markdown") text = tally_markdown(out);
    else text = tally_text(out);
    if (int s = write_output(a.output, text)) return s;

    return a.exit_status ? exit_code(out.questions) : kSuccess;
}

}  // namespace

Command setup_tally(CLI::App& parent) {
    auto args = std::make_shared<TallyArgs>();
    CLI::App* app = parent.add_subcommand("tally", "Count ballots and apply the rule that governs the vote.");
    app->footer(
        "Every record ends counted, or set aside as duplicate, outside-window or not-on-roster,\n"
        "or challenged (sealed, never opened). No output links a voter to a choice.\n"
        "See 'man bargain-tally' and 'man bargain-ballots'.");
    app->add_option("BALLOTS", args->ballots,
                    "Ballot files, CSV or YAML, counted together ('-' is stdin); with --vote, the vote's by default")
        ->type_name("FILE");
    app->add_option("--campaign", args->campaign, "The campaign file whose vote to tally (with --vote)")
        ->type_name("FILE");
    app->add_option("--vote", args->vote,
                    "The vote's id: its ballots, roster, column, window, units and rule are the defaults")
        ->type_name("ID");
    app->add_option("--roster", args->roster, "Eligible voters (CSV with a voter column, or YAML)")
        ->type_name("FILE");
    std::string rules;
    for (const RulePreset& p : rule_presets()) rules += std::string(rules.empty() ? "" : ", ") + p.name;
    app->add_option("--rule", args->rule,
                    "The rule: " + rules + ", or a fraction '[>|>=]N/D [of valid|cast|eligible]' (default: majority)")
        ->type_name("RULE");
    app->add_option("--turnout", args->turnout, "Also require ballots cast >= this share of eligible (50% or 1/2)")
        ->type_name("PCT");
    app->add_option("--question", args->question, "Tally only this question (default: every question column)")
        ->type_name("ID");
    app->add_option("--opens", args->opens, "Set aside ballots cast before this (YYYY-MM-DDTHH:MM)")
        ->type_name("DATETIME");
    app->add_option("--closes", args->closes, "Set aside ballots cast after this (YYYY-MM-DDTHH:MM)")
        ->type_name("DATETIME");
    app->add_option("--duplicates", args->duplicates,
                    "Which of a voter's ballots counts: first (default) or last")
        ->check(CLI::IsMember({"first", "last"}).description(""))
        ->type_name("first|last");
    app->add_flag("--by-unit", args->by_unit, "Report each unit; the vote carries only if it carries in every unit");
    app->add_flag("--challenge-unlisted", args->challenge_unlisted,
                  "Seal ballots from voters not on the roster as challenged instead of rejecting them");
    app->add_option("--format", args->format, "Output format: text (default), json, yaml, csv, markdown")
        ->check(CLI::IsMember({"text", "json", "yaml", "csv", "markdown"}).description(""))
        ->type_name("FMT");
    app->add_option("--chart", args->chart, "Also write a bar chart of the results")->type_name("FILE.svg");
    app->add_option("--audit", args->audit, "Also write every record not counted: file, line, voter, ballot, status")
        ->type_name("FILE");
    app->add_flag("--exit-status", args->exit_status,
                  "Exit 0 if carried, 1 if not, 3 if undetermined (challenged ballots are determinative)");
    app->add_option("-o,--output", args->output, "Write the report to FILE (atomically) instead of stdout")
        ->type_name("FILE");
    return Command{app, [args, app] {
                       TallyArgs a = *args;
                       a.rule_given = app->count("--rule") > 0;
                       a.roster_given = app->count("--roster") > 0;
                       a.question_given = app->count("--question") > 0;
                       return run_tally(a);
                   }};
}

}  // namespace bargain::cli
