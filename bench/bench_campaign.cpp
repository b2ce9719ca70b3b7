// bargain-bench-campaign: how fast `bargain check`, `bargain timeline` and `bargain site`
// answer on a typical campaign and on a very large one, measured from the
// outside (see child.h).
//
// The targets: a typical campaign (about 100 events and 5 files)
// in under 50 ms; 10,000 events resolved and rendered in well under a
// second. Both campaigns are generated here, deterministically: the large
// one is mostly chains of relative dates (calendar and business days, with
// holidays), the worst case for the resolver, under a law preset whose
// constraints it satisfies.
//
// A benchmark that times an error is worthless: every run must exit 0, and
// `check` must report the number of dated items the generator wrote.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "child.h"

namespace fs = std::filesystem;
using bargain::bench::Run;

namespace {

constexpr const char* kUsage =
    "usage: bargain-bench-campaign --bargain PATH [--events N] [--runs R] [--workdir DIR]\n"
    "  times check, timeline (text, json, ics, svg) and site on a typical campaign and on one of N events\n"
    "  (default 10000), R runs each (default 5); a Markdown table on stdout\n";

[[noreturn]] void die(const std::string& message) {
    std::fprintf(stderr, "bargain-bench-campaign: %s\n", message.c_str());
    std::exit(2);
}

struct Options {
    std::string bargain;
    long events = 10000;
    int runs = 5;
    std::string workdir;
};

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) die("cannot write " + path.string());
}

std::string day(int n) {
    // 2024-01-01 plus n days, by hand: the benchmark must not need the library it measures.
    static const int lengths[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};  // 2024, a leap year
    int year = 2024, month = 0;
    auto month_length = [&] { return month == 1 ? ((year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28) : lengths[month]; };
    while (n >= month_length()) {
        n -= month_length();
        if (++month == 12) {
            month = 0;
            ++year;
        }
    }
    auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    return std::to_string(year) + "-" + two(month + 1) + "-" + two(n + 1);
}

// A campaign like the SOS one, a little bigger: 20 sessions with proposals,
// 4 offers, 2 votes on a 2,000-voter roster, 74 events; 4 files besides itself.
long write_typical(const fs::path& dir) {
    std::string roster = "voter,unit\n", ballots = "voter,unit,cast_at,accept,strike\n";
    for (int i = 0; i < 2000; ++i) {
        std::string id = "M" + std::to_string(10000 + i), unit = i % 3 ? "local-1" : "local-2";
        roster += id + "," + unit + "\n";
        if (i % 10 != 0)
            ballots += id + "," + unit + ",2024-03-0" + std::to_string(4 + i % 4) + "T12:00," + (i % 3 ? "no" : "yes") +
                       "," + (i % 4 ? "yes" : "no") + "\n";
    }
    write(dir / "roster.csv", roster);
    write(dir / "lbo.csv", ballots);
    write(dir / "strike.csv", ballots);
    write(dir / "returns.yaml", "returns:\n  - {unit: local-2, site: Depot, accept: {yes: 4, no: 19}}\n");
    std::string c =
        "bargain: 1\ncampaign:\n  name: Typical campaign\n  employer: City of Springfield\n"
        "  timezone: America/Chicago\n  contract_expires: 2024-02-29\n  law: illinois-iplra\n"
        "  holidays: [2024-01-15, 2024-02-19, 2024-05-27]\n"
        "units:\n  - {id: local-1, name: Local 1, members: 1400, payroll: 70000000.00}\n"
        "  - {id: local-2, name: Local 2, members: 600, payroll: 30000000.00}\nsessions:\n";
    long items = 0;
    for (int s = 0; s < 20; ++s, ++items)
        c += "  - id: s" + std::to_string(s) + "\n    date: " + day(7 * s) +
             "\n    start: \"10:00\"\n    end: \"15:00\"\n    location: City Hall\n    proposals:\n"
             "      - {article: Wages, side: union, summary: raise, status: open}\n"
             "      - {article: Article " + std::to_string(s) + ", side: employer, summary: change, status: ta}\n";
    c += "offers:\n";
    for (int o = 0; o < 4; ++o, ++items)
        c += "  - {id: o" + std::to_string(o) + ", side: " + (o % 2 ? "employer" : "union") + ", date: " +
             day(30 + 10 * o) + ", wages: [3.0, 2.5, 2.5]}\n";
    c += "votes:\n"
         "  - {id: lbo-vote, kind: lbo, offer: o3, question: \"Accept the offer?\", opens: 2024-03-04T07:00, "
         "closes: 2024-03-08T19:00, ballots: [lbo.csv, returns.yaml], column: accept, roster: roster.csv, rule: majority}\n"
         "  - {id: strike-vote, kind: strike-authorization, question: \"Authorize a strike?\", opens: 2024-03-04T07:00, "
         "closes: 2024-03-08T19:00, ballots: strike.csv, column: strike, roster: roster.csv, rule: two-thirds}\n";
    items += 2;
    c += "events:\n  - {id: mediation, kind: mediation, date: 2024-03-12}\n";
    ++items;
    for (int e = 0; e < 71; ++e, ++items)
        c += "  - {id: e" + std::to_string(e) + ", kind: " + (e % 2 ? "rally" : "meeting") + ", title: Event " +
             std::to_string(e) + ", date: {after: s" + std::to_string(e % 20) + ", days: " + std::to_string(1 + e % 5) +
             ", business: true}, start: \"17:00\", end: \"18:30\"}\n";
    c += "  - {id: notice, kind: notice, type: intent-to-strike, date: {after: strike-vote, days: 7}}\n"
         "  - {id: strike, kind: strike, date: {after: notice, days: 10, business: true}}\n";
    items += 2;
    write(dir / "campaign.yaml", c);
    return items;
}

// N events, nine in ten counting from the one before (a chain as long as
// the campaign), under illinois-iplra, which the strike at the end meets.
long write_large(const fs::path& dir, long n) {
    std::string c =
        "bargain: 1\ncampaign:\n  name: Large campaign\n  timezone: America/Chicago\n"
        "  contract_expires: 2024-01-01\n  law: illinois-iplra\n  holidays: [";
    for (int y = 2024; y < 2100; ++y) c += (y > 2024 ? ", " : "") + std::to_string(y) + "-07-04";
    c += "]\nevents:\n  - {id: mediation, kind: mediation, date: 2024-01-02}\n";
    static const char* kinds[] = {"rally", "meeting", "deadline", "other", "picket"};
    for (long i = 0; i < n; ++i) {
        std::string id = "e" + std::to_string(i);
        c += "  - {id: " + id + ", kind: " + kinds[i % 5] + ", title: Event " + std::to_string(i) + ", date: ";
        if (i % 10 == 0) c += day(static_cast<int>(i / 4));
        else c += "{after: e" + std::to_string(i - 1) + ", days: " + std::to_string(i % 3) + (i % 2 ? ", business: true}" : "}");
        c += i % 4 ? "}\n" : ", start: \"11:00\", end: \"13:30\"}\n";
    }
    c += "  - {id: notice, kind: notice, type: intent-to-strike, date: {after: e" + std::to_string(n - 1) +
         ", days: 1}}\n  - {id: strike, kind: strike, date: {after: notice, days: 10}}\n";
    write(dir / "campaign.yaml", c);
    return n + 3;
}

struct Row {
    std::string campaign, command;
    std::vector<Run> runs;
};

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) die(std::string(arg) + " needs a value\n" + kUsage);
            return argv[++i];
        };
        if (arg == "--bargain") o.bargain = value();
        else if (arg == "--events") o.events = std::stol(value());
        else if (arg == "--runs") o.runs = std::stoi(value());
        else if (arg == "--workdir") o.workdir = value();
        else die("unknown argument '" + std::string(arg) + "'\n" + kUsage);
    }
    if (o.bargain.empty()) die(std::string("--bargain PATH is required\n") + kUsage);
    if (::access(o.bargain.c_str(), X_OK) != 0) die(o.bargain + ": not an executable file");
    if (o.events < 10 || o.runs < 1) die("--events must be at least 10 and --runs at least 1");
    fs::path work = o.workdir.empty() ? fs::temp_directory_path() / ("bargain-bench-campaign-" + std::to_string(::getpid()))
                                      : fs::path(o.workdir);
    fs::create_directories(work / "typical");
    fs::create_directories(work / "large");
    struct Campaign {
        std::string name;
        fs::path file;
        long items;
    };
    std::vector<Campaign> campaigns = {
        {"typical (100 items, 5 files)", work / "typical" / "campaign.yaml", write_typical(work / "typical")},
        {"large (" + std::to_string(o.events) + " events)", work / "large" / "campaign.yaml", write_large(work / "large", o.events)},
    };

    std::vector<Row> rows;
    int failures = 0;
    for (const Campaign& c : campaigns) {
        std::vector<std::vector<std::string>> commands = {{"check"}};
        for (const char* format : {"text", "json", "ics", "svg"}) commands.push_back({"timeline", "--format", format});
        // The members' site: every page, the chart and the calendar (a
        // rebuild in place, as CI's is not: the same work).
        commands.push_back({"site", "-o", (c.file.parent_path() / "site").string(), "--today", "2024-06-01"});
        for (const auto& command : commands) {
            Row row{c.name, "", {}};
            std::vector<std::string> args = {o.bargain, command[0], c.file.string()};
            args.insert(args.end(), command.begin() + 1, command.end());
            for (size_t k = 1; k < args.size(); ++k)
                row.command += (k > 1 ? " " : "") + (k == 2 ? std::string("CAMPAIGN") : args[k - 1] == "-o" ? "DIR" : args[k]);
            for (int r = 0; r < o.runs; ++r) {
                Run run;
                try {
                    run = bargain::bench::run(args);
                } catch (const std::exception& e) {
                    die(e.what());
                }
                if (!bargain::bench::succeeded(run.status)) {
                    std::fprintf(stderr, "%s: %s: %s\n", c.name.c_str(), row.command.c_str(),
                                 bargain::bench::describe_status(run.status).c_str());
                    ++failures;
                    break;
                }
                std::string expected = ": ok: " + std::to_string(c.items) + " dated items";
                if (command[0] == "check" && run.out.find(expected) == std::string::npos) {
                    std::fprintf(stderr, "%s: check did not say '%s':\n%s", c.name.c_str(), expected.c_str(), run.out.c_str());
                    ++failures;
                    break;
                }
                std::fprintf(stderr, "%s: %s: %.3f s\n", c.name.c_str(), row.command.c_str(), run.wall);
                row.runs.push_back(std::move(run));
            }
            if (!row.runs.empty()) rows.push_back(std::move(row));
        }
    }
    if (o.workdir.empty()) fs::remove_all(work);

    std::printf("| campaign | command | runs | best wall ms | median wall ms | max RSS MiB |\n");
    std::printf("|---|---|---:|---:|---:|---:|\n");
    for (const Row& row : rows) {
        std::vector<double> walls;
        long rss = 0;
        for (const Run& r : row.runs) {
            walls.push_back(r.wall * 1000);
            rss = std::max(rss, r.max_rss_kib);
        }
        std::printf("| %s | `%s` | %zu | %.1f | %.1f | %.1f |\n", row.campaign.c_str(), row.command.c_str(),
                    row.runs.size(), *std::min_element(walls.begin(), walls.end()), bargain::bench::median(walls),
                    static_cast<double>(rss) / 1024.0);
    }
    return failures ? 1 : 0;
}
