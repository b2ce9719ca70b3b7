// bargain-bench: how fast, and in how much memory, `bargain tally` counts a
// large vote, measured from the outside the way a user runs it.
//
// For each size it writes a synthetic vote (ballot_generator.cpp), runs
//   bargain tally DIR/ballots.csv --roster DIR/roster.csv --format json
// several times as a child process, and reports wall time (steady_clock
// around posix_spawn .. wait4) and the child's peak resident memory
// (wait4's ru_maxrss) as a Markdown table. On request it times, on the same
// files and as many times, the peers a user would reach for instead (an awk
// one-liner, DuckDB through its Node API), a second bargain binary (an
// older commit, say) and `--threads 1`, and prints how many times faster
// bargain is than each.
//
// What it must get right: a benchmark that times an error is worthless, so
// every run must exit 0 and say what the generator knows a correct tally
// says (for bargain: received, duplicates, not-on-roster, the accept
// counts; for the peers: the accept question's yes and no); otherwise
// bargain-bench reports the mismatch and exits 1. And the comparison must
// be fair: every program gets --runs runs, taken in turn (one run of each,
// then the next round), so a burst of load on a shared machine falls on
// all of them alike.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sched.h>
#include <unistd.h>

#include "ballot_generator.h"
#include "child.h"
#include "peers.h"


namespace {

using bargain::bench::Expected;
namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage: bargain-bench --bargain PATH [--sizes N,N,...] [--runs R] [--workdir DIR]\n"
    "                     [--awk] [--duckdb] [--duckdb-dir DIR] [--duckdb-script PATH] [--node PATH]\n"
    "                     [--also PATH [--also-label TEXT]] [--threads-compare]\n"
    "                     [--seed S] [--cpu K] [--keep]\n"
    "Times `bargain tally BALLOTS --roster ROSTER --format json` on synthetic votes\n"
    "of each size and prints a Markdown table, then how many times faster bargain is\n"
    "than each other program timed.\n"
    "  --sizes            ballot records per vote (default 1000000,10000000)\n"
    "  --runs             runs per size and program; best and median are reported (default 3)\n"
    "  --workdir          where the generated files go (default: a new directory in $TMPDIR or /tmp)\n"
    "  --awk              also time an awk one-liner (dedupe, roster, count accept)\n"
    "  --duckdb           also time the same count in DuckDB (@duckdb/node-api 1.5.6-r.1, 2 threads),\n"
    "                     installed with npm into a scratch folder\n"
    "  --duckdb-dir       that folder, reused when it already has the package (default WORKDIR/duckdb)\n"
    "  --duckdb-script    the query script (default: duckdb_tally.mjs in bargain's bench/)\n"
    "  --node             the node executable for DuckDB (default node, from PATH)\n"
    "  --also             also time this second bargain executable (an older commit, say)\n"
    "  --also-label       its row's label (default \"bargain (also)\")\n"
    "  --threads-compare  also time `bargain tally ... --threads 1`, skipped if bargain rejects it\n"
    "  --seed             generator seed (default 1)\n"
    "  --cpu              pin the benchmark and its children to CPU K\n"
    "  --keep             keep the generated files (and a DuckDB installed into the workdir)\n";

// The goals: bargain this many times faster than each peer.
constexpr double kGoalOverAwk = 10, kGoalOverDuckdb = 3;

struct Options {
    std::string bargain;
    std::vector<std::uint64_t> sizes{1'000'000, 10'000'000};
    int runs = 3;
    std::string workdir;
    bool awk = false;
    bool duckdb = false;
    std::string duckdb_dir;  // empty: WORKDIR/duckdb
    std::string duckdb_script = BARGAIN_BENCH_SOURCE_DIR "/duckdb_tally.mjs";
    std::string node = "node";
    std::string also;
    std::string also_label = "bargain (also)";
    bool threads_compare = false;
    std::uint64_t seed = 1;
    std::optional<int> cpu;
    bool keep = false;
};

using bargain::bench::describe_status;
using bargain::bench::median;
using bargain::bench::Run;

// Who is timed. bargain's own rows are checked against its whole JSON
// report; the peers print only "YES NO".
enum class Program { bargain, also, one_thread, awk, duckdb };

struct Contender {
    Program program;
    std::string label;  // the table's "program" column
    std::string name;   // in "bargain is 12.3x NAME"
};

struct Row {
    std::uint64_t size;
    Contender who;
    std::vector<Run> runs;
};

[[noreturn]] void die(const std::string& message) {
    std::fprintf(stderr, "bargain-bench: %s\n", message.c_str());
    std::exit(1);
}

// A child that cannot even be started ends the benchmark.
Run run(const std::vector<std::string>& args) {
    try {
        return bargain::bench::run(args);
    } catch (const std::exception& e) {
        die(e.what());
    }
}

bool parse_number(std::string_view text, std::uint64_t* out) {
    if (text.empty() || text.size() > 12) return false;
    std::uint64_t v = 0;
    for (char c : text) {
        if (c == '_' || c == '\'') continue;  // 10_000_000 reads well
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    *out = v;
    return true;
}

Options parse_options(int argc, char** argv) {
    Options o;
    auto value = [&](int& i) -> std::string_view {
        if (i + 1 >= argc) die(std::string(argv[i]) + " needs a value\n" + kUsage);
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::uint64_t n = 0;
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else if (arg == "--bargain") {
            o.bargain = value(i);
        } else if (arg == "--sizes") {
            o.sizes.clear();
            std::string_view list = value(i);
            while (!list.empty()) {
                size_t comma = list.find(',');
                if (!parse_number(list.substr(0, comma), &n) || n == 0 || n > 2'000'000'000ull)
                    die("--sizes: '" + std::string(list.substr(0, comma)) + "' is not a number of records");
                o.sizes.push_back(n);
                list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
            }
            if (o.sizes.empty()) die("--sizes: no sizes given");
        } else if (arg == "--runs") {
            if (!parse_number(value(i), &n) || n == 0 || n > 1000) die("--runs: expected 1 to 1000");
            o.runs = static_cast<int>(n);
        } else if (arg == "--workdir") {
            o.workdir = value(i);
        } else if (arg == "--awk") {
            o.awk = true;
        } else if (arg == "--duckdb") {
            o.duckdb = true;
        } else if (arg == "--duckdb-dir") {
            o.duckdb_dir = value(i);
        } else if (arg == "--duckdb-script") {
            o.duckdb_script = value(i);
        } else if (arg == "--node") {
            o.node = value(i);
        } else if (arg == "--also") {
            o.also = value(i);
        } else if (arg == "--also-label") {
            o.also_label = value(i);
        } else if (arg == "--threads-compare") {
            o.threads_compare = true;
        } else if (arg == "--seed") {
            if (!parse_number(value(i), &o.seed)) die("--seed: expected a non-negative integer");
        } else if (arg == "--cpu") {
            if (!parse_number(value(i), &n) || n >= CPU_SETSIZE) die("--cpu: expected a CPU number");
            o.cpu = static_cast<int>(n);
        } else if (arg == "--keep") {
            o.keep = true;
        } else {
            die("unknown argument '" + std::string(arg) + "'\n" + kUsage);
        }
    }
    if (o.bargain.empty()) die(std::string("--bargain PATH is required\n") + kUsage);
    if (::access(o.bargain.c_str(), X_OK) != 0) die(o.bargain + ": not an executable file");
    if (!o.also.empty() && ::access(o.also.c_str(), X_OK) != 0) die("--also " + o.also + ": not an executable file");
    if (o.duckdb && ::access(o.duckdb_script.c_str(), R_OK) != 0)
        die("--duckdb-script " + o.duckdb_script + ": " + std::strerror(errno));
    return o;
}

// The integer after the first `"key":` at or after `from` in a JSON text.
// Enough for bargain's report, whose keys are fixed and whose counts are
// plain integers; not a JSON parser.
std::optional<long long> json_integer(const std::string& json, std::string_view key, size_t from = 0) {
    std::string quoted = "\"" + std::string(key) + "\"";
    for (size_t at = json.find(quoted, from); at != std::string::npos; at = json.find(quoted, at + 1)) {
        size_t p = at + quoted.size();
        while (p < json.size() && std::isspace(static_cast<unsigned char>(json[p]))) ++p;
        if (p >= json.size() || json[p] != ':') continue;  // a value, not a key
        ++p;
        while (p < json.size() && std::isspace(static_cast<unsigned char>(json[p]))) ++p;
        size_t digits = p;
        while (digits < json.size() && std::isdigit(static_cast<unsigned char>(json[digits]))) ++digits;
        if (digits == p) return std::nullopt;
        return std::stoll(json.substr(p, digits - p));
    }
    return std::nullopt;
}

// What is wrong with bargain's report, or empty when it is what the
// generator says a correct tally is.
std::string check_tally(const std::string& json, const Expected& e) {
    std::string wrong;
    auto expect = [&](std::string_view what, std::optional<long long> got, std::uint64_t want) {
        if (got && static_cast<std::uint64_t>(*got) == want) return;
        wrong += "\n  " + std::string(what) + ": expected " + std::to_string(want) + ", got " +
                 (got ? std::to_string(*got) : std::string("nothing"));
    };
    expect("received", json_integer(json, "received"), e.records);
    expect("roster voters", json_integer(json, "voters"), e.roster_voters);
    expect("duplicate", json_integer(json, "duplicate"), e.duplicate);
    expect("not-on-roster", json_integer(json, "not-on-roster"), e.not_on_roster);
    // The accept question's own counts come before its "units" list.
    size_t q = json.find("\"accept\"", json.find("\"questions\""));
    if (q == std::string::npos) return wrong + "\n  no question 'accept' in the report";
    expect("accept cast", json_integer(json, "cast", q), e.counted);
    expect("accept yes", json_integer(json, "yes", q), e.accept.yes);
    expect("accept no", json_integer(json, "no", q), e.accept.no);
    expect("accept abstain", json_integer(json, "abstain", q), e.accept.abstain);
    expect("accept blank", json_integer(json, "blank", q), e.accept.blank);
    return wrong;
}

// Whether `bargain tally --help` lists --threads. An older binary rejects
// the option with a usage error; asking first tells that apart from a
// failing run.
bool tally_has_threads_option(const std::string& bargain) {
    Run r = run({bargain, "tally", "--help"});
    return bargain::bench::succeeded(r.status) && r.out.find("--threads") != std::string::npos;
}

std::vector<std::string> command(const Options& o, Program program, const std::string& roster,
                                 const std::string& ballots) {
    switch (program) {
        case Program::bargain:
            return {o.bargain, "tally", ballots, "--roster", roster, "--format", "json"};
        case Program::also:
            return {o.also, "tally", ballots, "--roster", roster, "--format", "json"};
        case Program::one_thread:
            return {o.bargain, "tally", ballots, "--roster", roster, "--format", "json", "--threads", "1"};
        case Program::awk:
            return bargain::bench::awk_command(roster, ballots);
        case Program::duckdb:
            return bargain::bench::duckdb_command(o.node, o.duckdb_script, o.duckdb_dir, roster, ballots);
    }
    return {};
}

// What is wrong with a run, or empty when it counted what the generator
// says a correct tally counts.
std::string check_run(Program program, const Run& r, const Expected& e) {
    if (!bargain::bench::succeeded(r.status)) return " " + describe_status(r.status);
    if (program == Program::bargain || program == Program::also || program == Program::one_thread)
        return check_tally(r.out, e);
    std::string want = std::to_string(e.accept.yes) + " " + std::to_string(e.accept.no) + "\n";
    if (r.out == want) return "";
    std::string got = r.out;
    if (!got.empty() && got.back() == '\n') got.pop_back();
    want.pop_back();
    return "\n  accept yes and no: expected '" + want + "', got '" + got + "'";
}

std::string cpu_model() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0) {
            size_t colon = line.find(':');
            if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    return "unknown CPU";
}

std::string grouped(std::uint64_t v) {
    std::string digits = std::to_string(v), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}


std::string ratio(double times) {
    char text[32];
    std::snprintf(text, sizeof text, times >= 10 ? "%.1fx" : "%.2fx", times);
    return text;
}

double median_wall(const Row& row) {
    std::vector<double> walls;
    for (const Run& r : row.runs) walls.push_back(r.wall);
    return median(walls);
}

void print_table(const std::vector<Row>& rows) {
    std::printf("| ballots | program | runs | best wall s | median wall s | median CPU s | max RSS MiB | ballots/s |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (const Row& row : rows) {
        std::vector<double> walls, cpus;
        long rss = 0;
        for (const Run& r : row.runs) {
            walls.push_back(r.wall);
            cpus.push_back(r.cpu);
            rss = std::max(rss, r.max_rss_kib);
        }
        double best = *std::min_element(walls.begin(), walls.end()), mid = median(walls);
        std::printf("| %s | %s | %zu | %.3f | %.3f | %.3f | %.1f | %s |\n", grouped(row.size).c_str(),
                    row.who.label.c_str(), row.runs.size(), best, mid, median(cpus), rss / 1024.0,
                    grouped(static_cast<std::uint64_t>(static_cast<double>(row.size) / mid + 0.5)).c_str());
    }
}

// For each size, bargain's median wall against every other row's, then the
// issue's goals against the peers.
void print_ratios(const std::vector<Row>& rows, const Options& o, const std::string& awk_name) {
    struct Goal {
        std::string text;
        std::uint64_t size;
        std::optional<double> times;
        double want;
    };
    std::vector<Goal> goals;
    std::string table, sentences;
    for (std::uint64_t size : o.sizes) {
        const Row* ours = nullptr;
        for (const Row& row : rows)
            if (row.size == size && row.who.program == Program::bargain) ours = &row;
        if (!ours) continue;
        double our_wall = median_wall(*ours);
        std::optional<double> over_awk, over_duckdb;
        std::string sentence;
        for (const Row& row : rows) {
            if (row.size != size || &row == ours) continue;
            double times = median_wall(row) / our_wall;
            char line[512];
            std::snprintf(line, sizeof line, "| %s | %.3f | %s | %.3f | %s |\n", grouped(size).c_str(), our_wall,
                          row.who.label.c_str(), median_wall(row), ratio(times).c_str());
            table += line;
            sentence += (sentence.empty() ? "" : ", ") + ratio(times) + " " + row.who.name;
            if (row.who.program == Program::awk) over_awk = times;
            if (row.who.program == Program::duckdb) over_duckdb = times;
        }
        if (!sentence.empty())
            sentences += "- " + grouped(size) + " ballots: bargain is " + sentence + " (median wall time).\n";
        char goal[64];
        std::snprintf(goal, sizeof goal, "bargain >= %gx %s", kGoalOverAwk, o.awk ? awk_name.c_str() : "mawk");
        goals.push_back({goal, size, over_awk, kGoalOverAwk});
        std::snprintf(goal, sizeof goal, "bargain >= %gx DuckDB", kGoalOverDuckdb);
        goals.push_back({goal, size, over_duckdb, kGoalOverDuckdb});
    }
    if (!table.empty()) {
        std::printf("\nHow many times faster bargain is: the other program's median wall time over bargain's.\n\n");
        std::printf("| ballots | bargain median wall s | against | its median wall s | bargain is |\n");
        std::printf("|---:|---:|---|---:|---:|\n%s\n%s", table.c_str(), sentences.c_str());
    }
    if (goals.empty() || !(o.awk || o.duckdb)) return;
    std::printf("\nThe goals of issue 18, on this machine:\n\n| goal | ballots | measured | met? |\n|---|---:|---:|---|\n");
    for (const Goal& g : goals) {
        std::string measured = g.times ? ratio(*g.times) : "not timed";
        std::string met = !g.times ? (g.want == kGoalOverAwk ? "not measured (add --awk)" : "not measured (add --duckdb)")
                          : *g.times >= g.want ? "yes"
                                               : "**no**";
        std::printf("| %s | %s | %s | %s |\n", g.text.c_str(), grouped(g.size).c_str(), measured.c_str(), met.c_str());
    }
}

}  // namespace

int main(int argc, char** argv) {
    Options o = parse_options(argc, argv);
    if (o.cpu) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(*o.cpu, &set);
        if (::sched_setaffinity(0, sizeof set, &set) != 0)
            die("--cpu " + std::to_string(*o.cpu) + ": " + std::strerror(errno));
        if (o.duckdb)
            std::fprintf(stderr, "bargain-bench: note: --cpu %d pins DuckDB's 2 threads to that one CPU too\n", *o.cpu);
    }

    bool made_workdir = o.workdir.empty();
    if (made_workdir) {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/bargain-bench.XXXXXX";
        if (!::mkdtemp(pattern.data())) die(pattern + ": " + std::strerror(errno));
        o.workdir = pattern;
    }
    // DuckDB installed into a workdir the benchmark made goes with it;
    // anywhere else it stays, for the next run to reuse.
    bool remove_duckdb = o.duckdb && o.duckdb_dir.empty() && made_workdir && !o.keep;
    if (o.duckdb_dir.empty()) o.duckdb_dir = o.workdir + "/duckdb";
    auto clean_up = [&] {
        std::error_code ec;
        if (remove_duckdb) fs::remove_all(o.duckdb_dir, ec);
        if (made_workdir && !o.keep) fs::remove(o.workdir, ec);  // only if empty
    };

    std::vector<std::string> notes;  // printed under the table
    std::string node_version;
    if (o.duckdb) {
        std::string error;
        if (!bargain::bench::install_duckdb(o.duckdb_dir, &error)) {
            clean_up();
            die("--duckdb: " + error);
        }
        node_version = run({o.node, "--version"}).out;
        if (!node_version.empty() && node_version.back() == '\n') node_version.pop_back();
    }

    std::vector<Contender> contenders{{Program::bargain, "bargain tally", "bargain"}};
    if (!o.also.empty()) contenders.push_back({Program::also, o.also_label, o.also_label});
    if (o.threads_compare) {
        if (tally_has_threads_option(o.bargain)) {
            contenders.push_back({Program::one_thread, "bargain tally --threads 1", "bargain --threads 1"});
        } else {
            std::string note = "`--threads-compare`: " + o.bargain +
                               " has no `tally --threads` option (not in `tally --help`), so the `--threads 1` "
                               "row was skipped.";
            std::fprintf(stderr, "bargain-bench: %s\n", note.c_str());
            notes.push_back(note);
        }
    }
    std::string awk_name = o.awk ? bargain::bench::which_awk() : "";
    if (o.awk) contenders.push_back({Program::awk, awk_name + " one-liner", awk_name});
    if (o.duckdb) contenders.push_back({Program::duckdb, bargain::bench::kDuckdbLabel, "DuckDB"});

    std::vector<Row> rows;
    bool ok = true;
    for (std::uint64_t size : o.sizes) {
        std::string dir = o.workdir + "/n" + std::to_string(size);
        std::string ballots = dir + "/ballots.csv", roster = dir + "/roster.csv";
        std::fprintf(stderr, "bargain-bench: writing %s ballots to %s ... ", grouped(size).c_str(), dir.c_str());
        auto started = std::chrono::steady_clock::now();
        Expected expected;
        std::string error;
        if (!bargain::bench::generate_ballots({size, o.seed}, dir, &expected, &error)) die(error);
        std::fprintf(stderr, "%.1f MB in %.2f s\n", (expected.ballot_bytes + expected.roster_bytes) / 1e6,
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());

        // One run of each program, then the next round: load that comes and
        // goes on a shared machine falls on all of them alike.
        std::vector<Row> timed;
        for (const Contender& c : contenders) timed.push_back({size, c, {}});
        for (int i = 0; i < o.runs && ok; ++i) {
            size_t k = 0;
            while (k < timed.size() && ok) {
                Row& row = timed[k];
                Run r = run(command(o, row.who.program, roster, ballots));
                std::fprintf(stderr, "bargain-bench:   run %d/%d %s: %.3f s wall, %.3f s CPU, %.1f MiB max RSS\n", i + 1,
                             o.runs, row.who.label.c_str(), r.wall, r.cpu, r.max_rss_kib / 1024.0);
                // A usage error on the first try is a bargain without
                // --threads that --help did not give away: drop the row
                // for this size and the next ones.
                if (row.who.program == Program::one_thread && row.runs.empty() && WIFEXITED(r.status) &&
                    WEXITSTATUS(r.status) == 2) {
                    std::string note = "`--threads-compare`: " + o.bargain + " rejected `tally --threads 1` (" +
                                       describe_status(r.status) + "), so its row was skipped.";
                    std::fprintf(stderr, "bargain-bench: %s\n", note.c_str());
                    notes.push_back(note);
                    timed.erase(timed.begin() + static_cast<std::ptrdiff_t>(k));
                    std::erase_if(contenders, [](const Contender& c) { return c.program == Program::one_thread; });
                    continue;
                }
                if (std::string wrong = check_run(row.who.program, r, expected); !wrong.empty()) {
                    std::fprintf(stderr, "bargain-bench: %s on %s ballots failed or is wrong:%s\n",
                                 row.who.label.c_str(), grouped(size).c_str(), wrong.c_str());
                    ok = false;
                }
                row.runs.push_back(std::move(r));
                ++k;
            }
        }
        if (ok)
            for (Row& row : timed) rows.push_back(std::move(row));

        if (!o.keep) {
            std::error_code ec;
            fs::remove(ballots, ec);
            fs::remove(roster, ec);
            fs::remove(dir, ec);  // only if empty
        }
        if (!ok) break;
    }
    clean_up();

    if (rows.empty()) return 1;
    std::printf("`bargain tally BALLOTS --roster ROSTER --format json`, %ld CPUs (%s)", ::sysconf(_SC_NPROCESSORS_ONLN),
                cpu_model().c_str());
    if (o.duckdb)
        std::printf("; DuckDB is %s %s under node %s", bargain::bench::kDuckdbPackage, bargain::bench::kDuckdbVersion,
                    node_version.c_str());
    std::printf("; %d run%s of each program a size, in turn\n\n", o.runs, o.runs == 1 ? "" : "s");
    print_table(rows);
    for (const std::string& note : notes) std::printf("\n%s\n", note.c_str());
    print_ratios(rows, o, awk_name);
    return ok ? 0 : 1;
}
