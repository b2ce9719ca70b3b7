// bargain notice CAMPAIGN EVENT: render a notice for an event of the
// campaign (a media advisory, an intent-to-strike letter, a press release,
// or a team's own template).
//
// This file only turns the command line into library calls (lib/notice/notice.h)
// and decides files and exit codes.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "campaign/constraint_check.h"
#include "commands.h"
#include "core/suggest.h"
#include "formats.h"
#include "notice/notice.h"
#include "output.h"
#include "text/report_text.h"

namespace bargain::cli {

namespace {

struct NoticeArgs {
    std::string campaign, event;
    std::string template_name;
    std::string format;  // the first of kNoticeFormats unless given
    std::string date;
    std::string output;
    bool draft = false;
    bool list_templates = false;
    std::string show_template;
};

const FormatTable<NoticeFormat> kNoticeFormats = {
    {"text", NoticeFormat::text}, {"markdown", NoticeFormat::markdown}, {"html", NoticeFormat::html}};

NoticeFormat format_of(const std::string& name) { return chosen(kNoticeFormats, name); }

int list_templates() {
    std::string out;
    std::size_t width = 0;
    for (const BuiltinTemplate& t : builtin_templates()) width = std::max(width, std::string(t.name).size());
    for (const BuiltinTemplate& t : builtin_templates())
        out += std::string(t.name) + std::string(width + 2 - std::string(t.name).size(), ' ') + t.summary + "\n";
    return write_output("", out);
}

int show_template(const NoticeArgs& a) {
    auto source = builtin_template(a.show_template, format_of(a.format));
    // A problem in a built-in's own files (a partial it cannot paste in) is
    // at its place in them; any other is with the name given.
    if (!source && !source.error().file.empty()) return report(source.error());
    if (!source) return report("--show-template: " + source.error().message);
    return write_output(a.output, source->text);
}

void warn(const Diagnostic& d) { report_warning(d); }

Diagnostic located(const Violation& v, const std::string& file, const std::string& opening) {
    return Diagnostic{file, v.where.line, v.where.column, opening + v.message + " [" + v.source + "]"};
}

// What a draft leaves to fill in, on stderr, where a pipe to a file does
// not hide it.
void say_draft(const Notice& notice) {
    std::vector<std::string> placeholders;
    for (const MissingValue& m : notice.missing) {
        warn(m.problem);
        placeholders.push_back(m.placeholder);
    }
    std::string list;
    for (std::size_t i = 0; i < placeholders.size(); ++i)
        list += (i == 0 ? ": " : i + 1 == placeholders.size() ? " and " : ", ") + placeholders[i];
    std::cerr << "bargain: a draft, with "
              << (placeholders.empty() ? std::string("no placeholders")
                                       : plural(static_cast<long long>(placeholders.size()), "placeholder to fill in",
                                                "placeholders to fill in") +
                                             list)
              << '\n';
}

// Refused: each missing value is bad input (exit 2); a letter that breaks
// its statute is a "no" (exit 1).
int refuse(const Notice& notice, const std::string& file) {
    for (const MissingValue& m : notice.missing) report(m.problem);
    for (const Violation& v : notice.unlawful)
        report(located(v, file, "the intent-to-strike letter would break the law it cites: "));
    if (!notice.missing.empty()) {
        report("nothing written; give --draft to write it with a placeholder for each missing value");
        return kBadInput;
    }
    report("nothing written: move the dates, or give --draft to write the letter anyway");
    return kAnswerNo;
}

int run_notice(const NoticeArgs& a) {
    if (a.list_templates) return list_templates();
    if (!a.show_template.empty()) return show_template(a);
    if (a.campaign.empty() || a.event.empty())
        return report("notice needs a campaign file and an event id: bargain notice CAMPAIGN EVENT");
    if (a.campaign == "-" && a.template_name == "-")
        return report("only one input can be read from standard input ('-')");

    NoticeRequest request;
    request.event = a.event;
    request.format = format_of(a.format);
    request.draft = a.draft;
    if (!option_date("--date", a.date, &request.issued)) return kBadInput;
    // --template names a built-in, else a file.
    if (is_builtin_template(a.template_name)) {
        request.builtin = a.template_name;
    } else if (!a.template_name.empty()) {
        auto source = read_template_file(a.template_name);
        if (!source) {
            // A bare word that is no file was most likely meant as a built-in;
            // a file that is there but cannot be used says why.
            std::error_code ignored;
            if (a.template_name.find_first_of("/.") != std::string::npos ||
                std::filesystem::exists(a.template_name, ignored))
                return report(source.error());
            std::vector<std::string> names;
            for (const BuiltinTemplate& t : builtin_templates()) names.push_back(t.name);
            std::string list;
            for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
            return report("--template '" + a.template_name + "': no built-in template or file of that name" +
                          did_you_mean(a.template_name, names) + "; the built-in templates are " + list);
        } else {
            request.user = std::move(*source);
        }
    }

    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    const CheckedCampaign& checked = loaded->checked;
    // The notice reads the campaign, a template, and its votes' ballots and
    // rosters.
    std::vector<std::string> inputs = {a.campaign};
    if (!is_builtin_template(a.template_name)) inputs.push_back(a.template_name);
    for (const Vote& v : checked.campaign.votes) {
        for (const std::string& b : v.ballots) inputs.push_back(checked.campaign.resolve_path(b));
        if (!v.roster.empty()) inputs.push_back(checked.campaign.resolve_path(v.roster));
    }
    if (int s = refuse_overwriting({{"-o", a.output}}, inputs)) return s;

    auto notice = render_notice(checked, loaded->name, request);
    if (!notice) return report(notice.error());
    // A notice is still rendered when a date breaks a constraint (the team
    // may be fixing it), but the team is told; `bargain check` fails on it.
    for (const Violation& v : notice->violations) warn(located(v, loaded->name, ""));
    for (const Diagnostic& d : notice->warnings) warn(d);
    if (notice->refused) return refuse(*notice, loaded->name);
    for (const Violation& v : notice->unlawful)
        warn(located(v, loaded->name, "the intent-to-strike letter breaks the law it cites: "));
    if (a.draft) say_draft(*notice);
    return write_output(a.output, notice->text);
}

// The usage line as the command is used: CAMPAIGN and EVENT are required
// but for the two options that need no campaign, which CLI11 cannot say
// (it would refuse --list-templates without them).
class NoticeFormatter : public CLI::Formatter {
public:
    std::string make_usage(const CLI::App*, std::string name) const override {
        return get_label("Usage") + ": " + name + " [OPTIONS] CAMPAIGN EVENT\n       " + name +
               " --list-templates | --show-template NAME [--format FMT]\n";
    }
};

}  // namespace

Command setup_notice(CLI::App& parent) {
    auto args = std::make_shared<NoticeArgs>();
    CLI::App* app = parent.add_subcommand("notice", "Render a notice for an event: a media advisory, an "
                                                    "intent-to-strike letter, a press release.");
    app->formatter(std::make_shared<NoticeFormatter>());
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->type_name("FILE");
    app->add_option("EVENT", args->event, "The id of the event the notice is for")->type_name("ID");
    app->add_option("--template", args->template_name,
                    "A built-in template (media-advisory, intent-to-strike, press-release) or a Mustache file "
                    "(default: by the event's kind)")
        ->type_name("NAME|FILE");
    add_format_option(app, args->format, kNoticeFormats);
    app->add_option("--date", args->date,
                    "The day the notice is issued (default: the day before the event; a notice to the "
                    "employer: its day)")
        ->type_name("DATE");
    app->add_flag("--draft", args->draft,
                  "Write the notice even where it would be refused: a placeholder such as [EMPLOYER ADDRESS] for "
                  "each value a built-in template needs, a letter whose dates break the statute");
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->add_flag("--list-templates", args->list_templates, "List the built-in templates and exit");
    app->add_option("--show-template", args->show_template,
                    "Print a built-in template's Mustache source (in --format's version) to copy and edit, and exit")
        ->type_name("NAME");
    app->footer("Facts such as how long the union has bargained and each vote's result come from the campaign\n"
                "and its ballots, as of the issue date. See 'man bargain-notice' for the template data.");
    return Command{app, [args] { return run_notice(*args); }};
}

}  // namespace bargain::cli
