// bargain-bench: how fast, and in how much memory, `bargain tally` counts a
// large vote, measured from the outside the way a user runs it.
//
// For each size it writes a synthetic vote (ballot_generator.cpp), runs
//   bargain tally DIR/ballots.csv --roster DIR/roster.csv --format json
// several times as a child process, and reports wall time (steady_clock
// around posix_spawn .. wait4) and the child's peak resident memory
// (wait4's ru_maxrss) as a Markdown table.
//
// What it must get right: a benchmark that times an error is worthless, so
// every run must exit 0 and its JSON must say what the generator knows a
// correct tally says (received, duplicates, not-on-roster, the accept
// counts); otherwise bargain-bench reports the mismatch and exits 1. The
// same holds for the optional awk baseline.
#include <algorithm>
#include <cctype>
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


namespace {

using bargain::bench::Expected;
namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage: bargain-bench --bargain PATH [--sizes N,N,...] [--runs R] [--workdir DIR]\n"
    "                     [--awk] [--seed S] [--cpu K] [--keep]\n"
    "Times `bargain tally BALLOTS --roster ROSTER --format json` on synthetic votes\n"
    "of each size and prints a Markdown table.\n"
    "  --sizes    ballot records per vote (default 1000000,10000000)\n"
    "  --runs     runs per size; best and median are reported (default 3)\n"
    "  --workdir  where the generated files go (default: a new directory in $TMPDIR or /tmp)\n"
    "  --awk      also time an awk one-liner (dedupe, roster, count accept) once per size\n"
    "  --seed     generator seed (default 1)\n"
    "  --cpu      pin the benchmark and its children to CPU K\n"
    "  --keep     keep the generated files\n";

// The baseline: first vote per voter, roster voters only, yes/no on
// `accept`, in the spec's order (duplicates before the roster).
constexpr const char* kAwkProgram =
    "NR==FNR{if(FNR>1)listed[$1]=1;next} "
    "FNR==1{for(i=1;i<=NF;i++)if($i==\"accept\")q=i;next} "
    "$1 in seen{next} {seen[$1]=1} !($1 in listed){next} "
    "$q==\"yes\"{y++} $q==\"no\"{n++} "
    "END{printf \"%d %d\\n\",y,n}";

struct Options {
    std::string bargain;
    std::vector<std::uint64_t> sizes{1'000'000, 10'000'000};
    int runs = 3;
    std::string workdir;
    bool awk = false;
    std::uint64_t seed = 1;
    std::optional<int> cpu;
    bool keep = false;
};

using bargain::bench::describe_status;
using bargain::bench::median;
using bargain::bench::Run;

struct Row {
    std::uint64_t size;
    std::string program;
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

// The file an awk on PATH really is (on Debian, /usr/bin/awk is mawk by
// default), for the table: mawk and gawk differ by a factor of two or more.
std::string which_awk() {
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/bin:/bin";
    while (!dirs.empty()) {
        size_t colon = dirs.find(':');
        fs::path candidate = fs::path(std::string(dirs.substr(0, colon))) / "awk";
        std::error_code ec;
        if (::access(candidate.c_str(), X_OK) == 0) {
            fs::path real = fs::canonical(candidate, ec);
            return ec ? "awk" : real.filename().string();
        }
        dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
    }
    return "awk";
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
                    row.program.c_str(), row.runs.size(), best, mid, median(cpus), rss / 1024.0,
                    grouped(static_cast<std::uint64_t>(static_cast<double>(row.size) / mid + 0.5)).c_str());
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
    }

    bool made_workdir = o.workdir.empty();
    if (made_workdir) {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/bargain-bench.XXXXXX";
        if (!::mkdtemp(pattern.data())) die(pattern + ": " + std::strerror(errno));
        o.workdir = pattern;
    }

    std::string awk_name = o.awk ? which_awk() : "";
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

        Row row{size, "bargain tally", {}};
        for (int i = 0; i < o.runs && ok; ++i) {
            Run r = run({o.bargain, "tally", ballots, "--roster", roster, "--format", "json"});
            std::fprintf(stderr, "bargain-bench:   run %d: %.3f s wall, %.3f s CPU, %.1f MiB max RSS\n", i + 1,
                         r.wall, r.cpu, r.max_rss_kib / 1024.0);
            if (!bargain::bench::succeeded(r.status)) {
                std::fprintf(stderr, "bargain-bench: bargain tally failed on %s ballots: %s\n",
                             grouped(size).c_str(), describe_status(r.status).c_str());
                ok = false;
            } else if (std::string wrong = check_tally(r.out, expected); !wrong.empty()) {
                std::fprintf(stderr, "bargain-bench: bargain tally of %s ballots is wrong:%s\n",
                             grouped(size).c_str(), wrong.c_str());
                ok = false;
            }
            row.runs.push_back(std::move(r));
        }
        if (ok) rows.push_back(std::move(row));

        if (ok && o.awk) {
            Run r = run({"awk", "-F,", kAwkProgram, roster, ballots});
            std::fprintf(stderr, "bargain-bench:   %s: %.3f s wall, %.1f MiB max RSS\n", awk_name.c_str(), r.wall,
                         r.max_rss_kib / 1024.0);
            std::string want = std::to_string(expected.accept.yes) + " " + std::to_string(expected.accept.no) + "\n";
            if (!bargain::bench::succeeded(r.status) || r.out != want) {
                std::fprintf(stderr, "bargain-bench: the awk baseline failed or is wrong (%s, printed '%s', expected '%s')\n",
                             describe_status(r.status).c_str(), r.out.c_str(), want.c_str());
                ok = false;
            } else {
                rows.push_back({size, awk_name + " one-liner", {std::move(r)}});
            }
        }

        if (!o.keep) {
            std::error_code ec;
            fs::remove(ballots, ec);
            fs::remove(roster, ec);
            fs::remove(dir, ec);  // only if empty
        }
        if (!ok) break;
    }
    if (made_workdir && !o.keep) {
        std::error_code ec;
        fs::remove(o.workdir, ec);
    }

    if (rows.empty()) return 1;
    std::printf("`bargain tally BALLOTS --roster ROSTER --format json`, %ld CPUs (%s)\n\n", ::sysconf(_SC_NPROCESSORS_ONLN),
                cpu_model().c_str());
    print_table(rows);
    return ok ? 0 : 1;
}
