// bargain timeline CAMPAIGN: the campaign's dates resolved, in order, with
// the constraints checked; --check makes a violation exit 1, for CI.
#include <cstdlib>
#include <memory>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "campaign/timeline.h"
#include "commands.h"
#include "formats.h"
#include "output.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_ics.h"
#include "timeline/timeline_report.h"

namespace bargain::cli {

namespace {

// What the formats need: the calendar also reads the campaign and its stamp.
struct TimelineOutput {
    const TimelineReport& report;
    const Campaign& campaign;
    const CalendarOptions& calendar;
};

const Formats<TimelineOutput> kTimelineFormats = {
    {"text", [](const TimelineOutput& o) { return timeline_text(o.report); }},
    {"markdown", [](const TimelineOutput& o) { return timeline_markdown(o.report); }},
    {"json", [](const TimelineOutput& o) { return timeline_json(o.report); }},
    {"csv", [](const TimelineOutput& o) { return timeline_csv(o.report); }},
    {"ics", [](const TimelineOutput& o) { return timeline_ics(o.report, o.campaign, o.calendar); }},
    {"svg", [](const TimelineOutput& o) { return timeline_svg(o.report); }}};

struct TimelineArgs {
    std::string campaign;
    std::string format;  // the first of kTimelineFormats unless given
    std::string today;
    long long within = -1;
    bool check = false;
    std::string output;
};

int run_timeline(const TimelineArgs& a) {
    std::optional<Date> today;
    if (!option_date("--today", a.today, &today)) return kBadInput;
    if (a.within >= 0 && !today) return report("--within needs --today: the days are counted from it");

    if (int s = refuse_overwriting({{"-o", a.output}}, {a.campaign})) return s;
    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    const CheckedCampaign& checked = loaded->checked;

    TimelineReport r{checked.campaign.info.name, {}, checked.violations, today};
    r.contract_expires = checked.campaign.info.contract_expires;
    for (const TimelineItem& item : checked.timeline.items) {
        // --within DAYS keeps what lies between today and DAYS from now.
        if (a.within >= 0 && (item.date < *today || item.date > *today + std::chrono::days(a.within))) continue;
        r.items.push_back(item);
    }
    // A calendar's DTSTAMP: SOURCE_DATE_EPOCH when the user sets it (the
    // reproducible-builds convention), else a date the campaign fixes.
    CalendarOptions calendar{BARGAIN_VERSION, {}};
    if (a.format == "ics" && !calendar_stamp_from_environment(calendar_stamp(checked.timeline), &calendar.stamp))
        return kBadInput;
    std::string text = render(kTimelineFormats, a.format, TimelineOutput{r, checked.campaign, calendar});
    if (int s = write_output(a.output, text)) return s;
    return a.check && !r.violations.empty() ? kAnswerNo : kSuccess;
}

}  // namespace

Command setup_timeline(CLI::App& parent) {
    auto args = std::make_shared<TimelineArgs>();
    CLI::App* app = parent.add_subcommand("timeline", "Resolve, check and list the campaign's dates.");
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    add_format_option(app, args->format, kTimelineFormats);
    app->add_option("--today", args->today, "Mark each item past, today or upcoming from this date")
        ->type_name("DATE");
    app->add_option("--within", args->within, "With --today: keep only the next DAYS days")
        ->check(CLI::NonNegativeNumber.description(""))
        ->type_name("DAYS");
    app->add_flag("--check", args->check, "Exit 1 when a constraint is violated");
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->footer("Violations cite their source: the statute of the campaign's law preset, or the campaign's line.\n"
                "ics: an RFC 5545 calendar in the campaign's time zone; its DTSTAMP is SOURCE_DATE_EPOCH when set,\n"
                "else 00:00 UTC on the timeline's last date.\n"
                "svg: a one-page chart of the campaign, landscape, to print for the office wall.");
    return Command{app, [args] { return run_timeline(*args); }};
}

}  // namespace bargain::cli
