// bargain site CAMPAIGN -o DIR: the campaign as a static website for
// members, which CI builds and publishes on every push; and bargain site
// CAMPAIGN --check DIR, the proof that no roster or ballot value is in it.
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "campaign/campaign.h"
#include "commands.h"
#include "output.h"
#include "site/site.h"
#include "site/site_check.h"
#include "timeline/timeline_ics.h"

namespace bargain::cli {

namespace {

// Written in every site's folder: the files the last build wrote, so a
// rebuild removes a page whose item is gone, and never a file of anyone
// else's.
constexpr const char* kManifest = ".bargain-site";

struct SiteArgs {
    std::string campaign;
    std::string output;
    std::string today;
    std::string base_url;
    std::string check;
};

int check_tree(const LoadedCampaign& loaded, const std::string& folder) {
    if (!std::filesystem::is_directory(folder)) return report(folder + ": not a folder: give the folder the site was built in");
    SiteCheck c = check_site(loaded.checked.campaign, loaded.text, folder);
    if (!c.problems.empty()) return report_all(c.problems);
    for (const SiteLeak& l : c.leaks)
        std::cout << folder << "/" << l.site_file << ": holds '" << l.value << "', a value of " << l.source
                  << " (" << (l.column.empty() ? "a value" : "column " + l.column) << ")\n";
    if (!c.leaks.empty()) {
        std::cout << folder << ": " << c.leaks.size() << (c.leaks.size() == 1 ? " roster or ballot value" : " roster or ballot values")
                  << " found: do not publish it\n";
        return kAnswerNo;
    }
    std::cout << folder << ": ok: " << c.files << (c.files == 1 ? " file" : " files") << ", none holds any of "
              << c.values << " roster and ballot values\n";
    return kSuccess;
}

int run_site(const SiteArgs& a) {
    std::optional<Date> today;
    if (!option_date("--today", a.today, &today)) return kBadInput;
    if (a.check.empty() && a.output.empty())
        return report("site needs -o DIR, the folder to build the site in (or --check DIR to check one)");
    if (!a.check.empty() && !a.output.empty())
        return report("--check and -o do not go together: build the site with -o, then check it with --check");
    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    if (!a.check.empty()) return check_tree(*loaded, a.check);

    const CheckedCampaign& checked = loaded->checked;
    namespace fs = std::filesystem;
    const fs::path dir(a.output);
    std::set<std::string> previous;
    if (fs::exists(dir)) {
        if (!fs::is_directory(dir)) return report(a.output + ": not a folder");
        std::ifstream manifest(dir / kManifest);
        for (std::string line; std::getline(manifest, line);) previous.insert(line);
        bool empty = fs::is_empty(dir);
        if (!empty && !manifest.is_open() && previous.empty())
            return report(Diagnostic{a.output, 0, 0, "this folder has files bargain site did not write",
                                     "build the site in a new or empty folder (bargain site keeps a list of its "
                                     "files there, so that it can rebuild it)"});
    }
    SiteOptions options;
    options.today = today ? *today : today_in(checked.campaign.info.zone);
    options.base_url = a.base_url;
    options.version = BARGAIN_VERSION;
    if (!calendar_stamp_from_environment(calendar_stamp(checked.timeline), &options.stamp)) return kBadInput;
    Site site = build_site(checked, loaded->name, options);
    if (!site.problems.empty()) return report_all(site.problems);
    for (const Diagnostic& w : site.warnings) report_warning(w);

    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return report(a.output + ": cannot make the folder: " + ec.message());
    std::string manifest;
    for (const SiteFile& f : site.files) {
        fs::create_directories((dir / f.path).parent_path(), ec);
        if (int s = write_output((dir / f.path).string(), f.content)) return s;
        previous.erase(f.path);
        manifest += f.path + "\n";
    }
    for (const std::string& gone : previous)
        if (gone.find("..") == std::string::npos) fs::remove(dir / gone, ec);
    if (int s = write_output((dir / kManifest).string(), manifest)) return s;
    std::cout << a.output << ": " << site.files.size() << " files, as of " << format_date(options.today) << '\n';
    return kSuccess;
}

}  // namespace

Command setup_site(CLI::App& parent) {
    auto args = std::make_shared<SiteArgs>();
    CLI::App* app = parent.add_subcommand("site", "The campaign as a website for members, to publish from CI.");
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    app->add_option("-o,--output", args->output, "Build the site in this folder")->type_name("DIR");
    app->add_option("--today", args->today, "Count what happens next from this date (default: today)")
        ->type_name("DATE");
    app->add_option("--base-url", args->base_url, "Where the site is published, for the calendar's webcal:// link")
        ->type_name("URL");
    app->add_option("--check", args->check, "Check a built site: exit 1 naming any roster or ballot value in it")
        ->type_name("DIR");
    app->footer("Pages: index.html, timeline.html (and timeline.svg), votes.html, bargaining.html, a page per\n"
                "notice in notices/, redline.html and pay.html when the campaign has a contract and salary\n"
                "schedules, calendar.ics and style.css. Plain HTML: no scripts, nothing loaded from elsewhere.\n"
                "Anything marked private: true is left out. The calendar's DTSTAMP is SOURCE_DATE_EPOCH when set.");
    return Command{app, [args] { return run_site(*args); }};
}

}  // namespace bargain::cli
