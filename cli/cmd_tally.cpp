// bargain tally BALLOTS... : count ballots, apply the rule, report.
//
// This file only turns the command line into library calls and decides
// formats, files and exit codes; the counting lives in lib/tally/tally.cpp and the
// rule in lib/tally/rule.cpp.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>

#include "campaign/campaign.h"
#include "campaign/campaign_vote.h"
#include "commands.h"
#include "core/decimal.h"
#include "core/suggest.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "formats.h"
#include "output.h"
#include "io/input.h"
#include "tally/ballot_count.h"
#include "tally/certificate.h"
#include "tally/decision.h"
#include "tally/export_mapping.h"
#include "tally/rule.h"
#include "tally/tally.h"
#include "tally/tally_report.h"
#include "tally/tally_build.h"

namespace bargain::cli {

namespace {

// The certificate's formats, by name (--certificate-format) and by the
// extension of its file.
const Formats<Certificate> kCertificateFormats = {{"text", certificate_text},
                                                  {"markdown", certificate_markdown},
                                                  {"html", certificate_html},
                                                  {"json", certificate_json}};
const std::vector<std::pair<std::string, std::string>> kCertificateExtensions = {
    {".txt", "text"}, {".md", "markdown"}, {".html", "html"}, {".htm", "html"}, {".json", "json"}};

const Formats<TallyReport> kTallyFormats = {{"text", tally_text},
                                             {"json", tally_json},
                                             {"yaml", tally_yaml},
                                             {"csv", tally_csv},
                                             {"markdown", tally_markdown}};

struct TallyArgs {
    std::vector<std::string> ballots;
    std::vector<std::string> totals;
    std::string roster;
    std::string eligible_text;  // --eligible as written
    long long eligible = 0;
    bool eligible_given = false;
    std::string timezone;
    std::vector<std::string> columns, answers, roster_columns;
    std::string delimiter;
    std::string rule = "majority";
    std::string turnout;
    std::string question;
    std::string opens, closes;
    std::string duplicates = "first";
    bool by_unit = false;
    std::string min_unit_ballots;  // --min-unit-ballots as written
    std::string threads;           // --threads as written; "" for as many as pay (two, on two cores or more)
    bool challenge_unlisted = false;
    std::string format;  // the first of kTallyFormats unless given
    std::string chart;
    std::string audit;
    std::string certificate, certificate_format;
    bool exit_status = false;
    std::string output;
    std::string campaign, vote;
    // Set from the parsed command line: which options were given, so that
    // they override what the campaign says.
    bool rule_given = false, roster_given = false, question_given = false, turnout_given = false;
};

// What a campaign's vote contributes to a tally (`--campaign FILE --vote ID`).
struct VoteFromCampaign {
    std::string column;         // the ballot column its question is
    std::string question_text;  // the question of that column, and no other
    std::vector<std::string> committee;  // who signs its certificate
    // Where the vote is written: a problem with the count as a whole (no
    // file names its question, its rule needs the eligible) is placed there.
    Place where;
    CountRequest request;  // its files, mappings, window, zone and units (see vote_count_request)
    // The vote's rule and turnout clause, each parsed at load; nothing where
    // the command line gives its own.
    std::optional<Rule> rule;
    std::optional<Threshold> turnout;
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
        return report(Diagnostic{loaded->name, 0, 0, "no vote '" + a.vote + "' in this campaign", suggestion(a.vote, ids)});
    out->request = vote_count_request(c, *vote);
    if (a.ballots.empty() && a.totals.empty()) {
        a.ballots = out->request.ballots;
        a.totals = out->request.totals;
    }
    if (!a.roster_given) a.roster = out->request.roster;
    // The vote's rule and turnout, each unless the command line gives it.
    if (!a.rule_given) out->rule = vote->parsed_rule.value_or(majority_rule());
    if (!a.turnout_given) {
        out->turnout = vote->turnout_clause;
        a.turnout = vote->turnout;  // as written, for the count's record
    }
    if (!a.question_given) a.question = vote->column;
    if (!a.eligible_given && vote->eligible && !a.roster_given) {
        a.eligible = *vote->eligible;
        a.eligible_given = true;
    }
    out->column = vote->column;
    out->where = Place{loaded->name, vote->where.line, vote->where.column};
    out->question_text = vote->question;
    out->committee = vote->committee;
    return kSuccess;
}

std::optional<DateTime> window_edge(const std::string& option, const std::string& text, int* status) {
    if (text.empty()) return std::nullopt;
    std::string why;
    auto dt = parse_datetime(text, &why);
    if (!dt) *status = report(option + ": '" + text + "': " + why);
    return dt;
}

// KEY=VALUE, split at the first '='.
std::optional<std::pair<std::string, std::string>> key_value(const std::string& text) {
    std::size_t eq = text.find('=');
    if (eq == std::string::npos) return std::nullopt;
    return std::pair{text.substr(0, eq), text.substr(eq + 1)};
}

// The command line's --column (or --roster-column) over the campaign's:
// a column the command line maps is mapped its way.
int map_columns(const std::vector<std::string>& given, const char* option, bool roster, const ColumnMap& campaign,
                ColumnMap* out) {
    ColumnMap map;
    std::vector<std::string> keys = roster ? std::vector<std::string>{"voter", "unit"}
                                           : std::vector<std::string>{"voter", "ballot", "unit", "cast_at",
                                                                      "question", "option", "votes"};
    for (const std::string& g : given) {
        auto kv = key_value(g);
        std::optional<Column> c = kv ? column_named(kv->first) : std::nullopt;
        if (c && std::find(keys.begin(), keys.end(), kv->first) == keys.end()) c.reset();
        if (!c) {
            std::string key = kv ? kv->first : g;
            return report(Diagnostic{"", 0, 0,
                                     std::string(option) + " '" + g + "': expected COLUMN=HEADER, where COLUMN is one of " +
                                         join_present(keys, ", ") + " (e.g. " + option + " voter=\"Member ID\")",
                                     kv ? suggestion(key, keys) : std::string()});
        }
        if (auto error = map.map(*c, kv->second, MappingPlace{"", 0, 0, std::string(option) + " " + g}))
            return report(error->message);
    }
    for (std::size_t i = 0; i < kColumnKinds; ++i) {
        Column c = static_cast<Column>(i);
        if (map.find(c) || !campaign.find(c)) continue;
        if (auto error = map.map(c, campaign.find(c)->header, campaign.find(c)->where)) return report(*error);
    }
    *out = std::move(map);
    return kSuccess;
}

int map_answers(const std::vector<std::string>& given, AnswerWords* words) {
    for (const std::string& g : given) {
        std::size_t eq = g.rfind('=');  // a word may hold '=', an answer never does
        std::optional<Answer> answer = eq == std::string::npos ? std::nullopt : answer_named(g.substr(eq + 1));
        if (!answer)
            return report("--answer '" + g + "': expected WORD=ANSWER, where ANSWER is yes, no, abstain, blank or "
                          "void (e.g. --answer For=yes)");
        if (auto error = words->map(g.substr(0, eq), *answer, MappingPlace{"", 0, 0, "--answer " + g}))
            return report(error->message);
    }
    return kSuccess;
}

int exit_code(const std::vector<QuestionDecision>& questions) {
    bool any_failed = false, any_open = false;
    for (const QuestionDecision& q : questions) {
        any_failed = any_failed || q.overall.outcome == Outcome::failed;
        any_open = any_open || q.overall.outcome == Outcome::undetermined;
    }
    return any_failed ? kAnswerNo : any_open ? kUndetermined : kSuccess;
}

// The certificate's format: --certificate-format, else its file's
// extension. A file read from standard input cannot be certified: nobody
// could read it again to check.
int certificate_format_of(const TallyArgs& a, const std::vector<std::string>& inputs, std::string* format) {
    if (a.certificate.empty()) {
        if (!a.certificate_format.empty()) return report("--certificate-format needs --certificate FILE");
        return kSuccess;
    }
    if (a.certificate == "-")
        return report("--certificate needs a file, not '-': its paths to the files counted are relative to its "
                      "folder");
    for (const std::string& in : inputs)
        if (in == "-")
            return report("--certificate: a file read from standard input cannot be certified, since nobody could "
                          "read it again to check the count; name the file instead of '-'");
    if (!a.certificate_format.empty()) {
        *format = a.certificate_format;
        return kSuccess;
    }
    std::string extension = std::filesystem::path(a.certificate).extension().string();
    for (const auto& [ext, name] : kCertificateExtensions)
        if (ascii_lower(extension) == ext) {
            *format = name;
            return kSuccess;
        }
    return report("--certificate '" + a.certificate + "': the format comes from the file's extension, .txt, .md, "
                  ".html or .json; or give --certificate-format text, markdown, html or json");
}

// `path` as the certificate names it: relative to the certificate's
// folder, with '/' between names, so that the repository can be verified
// wherever it is cloned.
std::string relative_to_certificate(const std::string& path, const std::string& certificate) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path folder = fs::absolute(fs::path(certificate), error).parent_path();
    fs::path file = fs::absolute(fs::path(path), error);
    if (error) return path;
    return file.lexically_normal().lexically_proximate(folder.lexically_normal()).generic_string();
}

Certificate certificate_of(const TallyArgs& a, const TallyReport& out, const VoteFromCampaign& vote,
                           const std::string& audit) {
    Certificate c;
    c.tally = &out;
    c.version = BARGAIN_VERSION;
    c.vote = a.vote;
    // The vote's question, when its column is what was counted (--question
    // may count another column of the same ballots).
    bool its_question = out.questions.size() == 1 && out.questions.front().id == vote.column;
    c.question = its_question ? vote.question_text : "";
    c.committee = vote.committee;
    for (const InputSummary& in : out.inputs) c.input_paths.push_back(relative_to_certificate(in.path, a.certificate));
    if (out.roster) c.roster_path = relative_to_certificate(out.roster->path, a.certificate);
    if (!a.audit.empty()) {
        c.audit = Certificate::Audit{relative_to_certificate(a.audit, a.certificate),
                                     Input::from_string(a.audit, audit)->sha256(),
                                     static_cast<long long>(out.count.audit.size())};
    }
    return c;
}

int run_tally(TallyArgs a) {
    VoteFromCampaign from_campaign;
    bool with_campaign = !a.campaign.empty() || !a.vote.empty();
    if (with_campaign)
        if (int s = take_vote(a, &from_campaign)) return s;
    if (a.ballots.empty() && a.totals.empty())
        return report("no ballot files: name them, give --totals FILE, or give --campaign and --vote");
    if (!a.ballots.empty() && !a.totals.empty())
        return report("ballots and --totals cannot be counted together: a vote is counted from its ballots or "
                      "from a vendor's totals");
    std::vector<std::string> inputs = a.ballots;
    inputs.insert(inputs.end(), a.totals.begin(), a.totals.end());
    inputs.insert(inputs.end(), {a.roster, a.campaign});
    if (int s = refuse_overwriting(
            {{"-o", a.output}, {"--audit", a.audit}, {"--chart", a.chart}, {"--certificate", a.certificate}}, inputs))
        return s;
    std::string certificate_format;
    if (int s = certificate_format_of(a, inputs, &certificate_format)) return s;

    // The campaign vote's rule, unless the command line gives one. The
    // library's messages already name the rule or turnout they quote.
    Rule rule;
    if (from_campaign.rule) {
        rule = *from_campaign.rule;
    } else {
        auto parsed = parse_rule(a.rule);
        if (!parsed) return report(parsed.error());
        rule = *parsed;
    }
    if (from_campaign.turnout) rule.clauses.emplace_back(*from_campaign.turnout);
    else if (!a.turnout.empty())
        if (auto error = add_turnout(rule, a.turnout)) return report(*error);

    // What the campaign's vote gives (see vote_count_request), then what the
    // command line says over it.
    CountRequest request = from_campaign.request;
    TallyOptions& options = request.options;
    int status = kSuccess;
    if (!a.timezone.empty()) {
        std::string why;
        auto zone = Zone::named(a.timezone, &why);
        if (!zone) return report("--timezone '" + a.timezone + "': " + why);
        options.zone = *zone;
    }
    if (!a.opens.empty()) options.opens = window_edge("--opens", a.opens, &status);
    if (!a.closes.empty()) options.closes = window_edge("--closes", a.closes, &status);
    if (status != kSuccess) return status;
    if (options.opens && options.closes && window_is_empty(options))
        return report("--closes is before --opens: the voting window would be empty");
    options.duplicates = a.duplicates == "last" ? TallyOptions::Keep::last : TallyOptions::Keep::first;
    options.by_unit = a.by_unit;
    if (!a.min_unit_ballots.empty()) {
        Decimal n = parse_count(a.min_unit_ballots, kMaxCount);
        if (!n)
            return report("--min-unit-ballots '" + a.min_unit_ballots + "': expected a whole number of ballots, 0 or "
                          "more (0 shows every unit's counts)");
        if (!a.by_unit)
            return report("--min-unit-ballots applies to --by-unit: without it no unit's counts are reported");
        options.min_unit_ballots = n.scaled;
    }
    options.challenge_unlisted = a.challenge_unlisted;
    options.keep_audit = !a.audit.empty();
    if (!a.question.empty()) options.only_question = a.question;
    if (a.challenge_unlisted && a.roster.empty())
        return report("--challenge-unlisted needs --roster: without a roster no voter is unlisted");
    if (!a.eligible_text.empty()) {
        bool digits = a.eligible_text.size() <= 15 &&
                      a.eligible_text.find_first_not_of("0123456789") == std::string::npos;
        a.eligible = digits ? std::stoll(a.eligible_text) : 0;
    }
    if (a.eligible_given && a.eligible < 1)
        return report("--eligible '" + a.eligible_text + "': the number eligible must be a whole number of voters, 1 or more");
    if (a.eligible_given && !a.roster.empty())
        return report(std::string("--eligible and ") + (a.roster_given ? "--roster" : "the vote's roster") +
                      " both say who is eligible: the roster's voters are the eligible; leave out --eligible");
    if (a.eligible_given) options.eligible = a.eligible;
    if (!a.totals.empty()) {
        if (!a.opens.empty() || !a.closes.empty())
            return report("a voting window does not apply to totals: a vendor's totals have no ballots to set aside; "
                          "leave out --opens and --closes");
        if (a.duplicates == "last" || a.challenge_unlisted)
            return report(std::string(a.challenge_unlisted ? "--challenge-unlisted" : "--duplicates last") +
                          " does not apply to totals: a vendor's totals have no ballots to set aside");
    }

    if (int s = map_columns(a.columns, "--column", false, from_campaign.request.mapping.columns, &request.mapping.columns))
        return s;
    if (int s = map_columns(a.roster_columns, "--roster-column", true, from_campaign.request.roster_columns,
                            &request.roster_columns))
        return s;
    if (int s = map_answers(a.answers, &request.mapping.answers)) return s;
    // A mapping may come from the campaign's vote, counted here from other
    // files: the message says where the key was written.
    for (std::size_t i = 0; i < kColumnKinds; ++i) {
        Column c = static_cast<Column>(i);
        bool of_totals = c == Column::question || c == Column::option || c == Column::votes;
        bool of_ballots = c == Column::voter || c == Column::ballot || c == Column::cast_at;
        const MappedHeader* m = request.mapping.columns.find(c);
        if (!m || !((of_totals && a.totals.empty()) || (of_ballots && !a.totals.empty()))) continue;
        std::string key = column_key(c);
        if (m->where.file.empty())
            return report(m->where.shown + ": '" + key + "' is a column of " +
                          (of_totals ? "a vendor's totals (with --totals), not of ballot files"
                                     : "ballot files, not of a vendor's totals"));
        return report(m->where.at(
            "the vote's " + m->where.shown + " maps '" + key + "', a column of " +
            (of_totals ? "a vendor's totals, but ballot files are counted here: count the vote from its totals, or "
                         "tally the ballot files without --campaign and --vote"
                       : "ballot files, but --totals counts a vendor's totals: count the vote from its ballots, or "
                         "tally the totals without --campaign and --vote")));
    }
    if (!a.delimiter.empty()) {
        auto d = delimiter_from_name(a.delimiter);
        if (!d) return report("--delimiter '" + a.delimiter + "': expected comma, semicolon or tab");
        request.mapping.delimiter = d;
        request.mapping.delimiter_where = MappingPlace{"", 0, 0, "--delimiter " + a.delimiter};
    }

    // `inputs` holds the roster and the campaign too: each is counted once.
    if (std::count(inputs.begin(), inputs.end(), "-") > 1)
        return report("only one input can be read from standard input ('-')");
    request.roster = a.roster;
    request.ballots = a.ballots;
    request.totals = a.totals;
    // Two threads are all a count can use (one reads, one counts); one
    // when the machine has a single core.
    request.threads = std::thread::hardware_concurrency() >= 2 ? 2 : 1;
    if (!a.threads.empty()) {
        Decimal n = parse_count(a.threads, 999);
        if (!n || n.scaled < 1)
            return report("--threads '" + a.threads + "': expected a whole number of threads, 1 or more (1 reads "
                          "and counts on one thread)");
        request.threads = static_cast<int>(n.scaled);
    }

    std::vector<Diagnostic> problems;
    // A problem with the count as a whole is the campaign vote's, when it
    // is one: placed at the vote and said to be about it.
    auto at_the_vote = [&](Diagnostic d) {
        if (!with_campaign || !d.file.empty()) return d;
        Diagnostic placed = from_campaign.where.problem("vote '" + a.vote + "': " + d.message, d.help);
        return placed;
    };
    auto counted = count_ballot_files(request, problems);
    if (!counted) {
        for (Diagnostic& d : problems) d = at_the_vote(std::move(d));
        return report_all(problems);
    }
    for (Count::Question& q : counted->count.questions)
        if (with_campaign && q.id == from_campaign.column && q.text.empty()) q.text = from_campaign.question_text;
    auto built = build_tally_report(std::move(*counted), request, rule, a.turnout);
    if (!built) return report(at_the_vote(built.error()));
    TallyReport& out = *built;
    for (const Diagnostic& w : out.warnings) report_warning(w);

    std::string audit = a.audit.empty() ? "" : tally_audit(out);
    if (!a.audit.empty())
        if (int s = write_output(a.audit, audit)) return s;
    if (!a.certificate.empty()) {
        Certificate c = certificate_of(a, out, from_campaign, audit);
        if (int s = write_output(a.certificate, render(kCertificateFormats, certificate_format, c))) return s;
    }
    if (!a.chart.empty())
        if (int s = write_output(a.chart, tally_chart_svg(out))) return s;

    if (int s = write_output(a.output, render(kTallyFormats, a.format, out))) return s;

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
    // Repeatable options take one value each time, so that they never
    // swallow the ballot files after them.
    auto repeatable = [](CLI::Option* o) {
        return o->allow_extra_args(false);
    };
    repeatable(app->add_option("--totals", args->totals,
                               "A vendor's published totals (question, option, votes) to count instead of ballots"))
        ->type_name("FILE");
    app->add_option("--eligible", args->eligible_text, "How many are eligible to vote, when there is no roster")
        ->type_name("N");
    repeatable(app->add_option("--column", args->columns,
                               "Which of the export's headers is a reserved column: voter, ballot, unit, cast_at "
                               "(totals: question, option, votes), e.g. voter=\"Member ID\" (repeatable)"))
        ->type_name("COLUMN=HEADER");
    repeatable(app->add_option("--answer", args->answers,
                               "A word that means an answer, e.g. For=yes, N=no, Pass=abstain (repeatable)"))
        ->type_name("WORD=ANSWER");
    repeatable(app->add_option("--roster-column", args->roster_columns,
                               "Which of the roster's headers is its voter or unit column (repeatable)"))
        ->type_name("COLUMN=HEADER");
    app->add_option("--delimiter", args->delimiter,
                    "The ballot files' delimiter: comma, semicolon or tab (default: sniffed from each header)")
        ->type_name("NAME");
    app->add_option("--timezone", args->timezone,
                    "The time zone of --opens/--closes and of cast_at times without an offset (IANA name; "
                    "default: the campaign's, else UTC)")
        ->type_name("ZONE");
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
    app->add_option("--min-unit-ballots", args->min_unit_ballots,
                    "With --by-unit: a unit with fewer ballots shows its result, not its counts, to keep the "
                    "ballot secret (default 5; 0 shows every unit's)")
        ->type_name("N");
    app->add_flag("--challenge-unlisted", args->challenge_unlisted,
                  "Seal ballots from voters not on the roster as challenged instead of rejecting them");
    add_format_option(app, args->format, kTallyFormats);
    app->add_option("--chart", args->chart, "Also write a bar chart of the results")->type_name("FILE.svg");
    app->add_option("--audit", args->audit, "Also write every record not counted: file, line, voter, ballot, status")
        ->type_name("FILE");
    app->add_option("--certificate", args->certificate,
                    "Also write a result certificate for the election committee to sign, and for 'bargain verify' "
                    "(.txt, .md, .html or .json, by its extension)")
        ->type_name("FILE");
    app->add_option("--certificate-format", args->certificate_format,
                    "The certificate's format, whatever its extension: text, markdown, html or json")
        ->check(CLI::IsMember({"text", "markdown", "html", "json"}).description(""))
        ->type_name("FMT");
    app->add_option("--threads", args->threads,
                    "Threads to count with: 1 reads and counts on one; 2 or more reads the roster and ballot files on a second "
                    "thread (default: 2 on a machine with two cores or more). The count is the same")
        ->type_name("N");
    app->add_flag("--exit-status", args->exit_status,
                  "Exit 0 if carried, 1 if not, 3 if undetermined (challenged ballots are determinative)");
    app->add_option("-o,--output", args->output, "Write the report to FILE (atomically) instead of stdout")
        ->type_name("FILE");
    return Command{app, [args, app] {
                       TallyArgs a = *args;
                       a.rule_given = app->count("--rule") > 0;
                       a.roster_given = app->count("--roster") > 0;
                       a.question_given = app->count("--question") > 0;
                       a.turnout_given = app->count("--turnout") > 0;
                       a.eligible_given = app->count("--eligible") > 0;
                       return run_tally(a);
                   }};
}

}  // namespace bargain::cli
