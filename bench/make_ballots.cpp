// bargain-make-ballots N DIR [--seed S]: writes DIR/roster.csv and
// DIR/ballots.csv, a synthetic vote of N ballot records, and prints what a
// correct tally of them reports. The generator itself lives in
// ballot_generator.cpp, shared with bargain-bench.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ballot_generator.h"

namespace {

constexpr const char* kUsage =
    "usage: bargain-make-ballots N DIR [--seed S]\n"
    "Writes DIR/roster.csv (round(N*1.05) voters) and DIR/ballots.csv (N records:\n"
    "about 2% repeat votes, about 1% voters not on the roster). Same N and seed,\n"
    "same bytes.\n";

bool parse_count(std::string_view text, std::uint64_t* out) {
    if (text.empty() || text.size() > 12) return false;
    std::uint64_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    *out = v;
    return true;
}

int usage_error(const std::string& message) {
    std::fprintf(stderr, "bargain-make-ballots: %s\n%s", message.c_str(), kUsage);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    bargain::bench::GeneratorOptions options;
    std::string dir;
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "--seed") {
            if (i + 1 >= argc || !parse_count(argv[i + 1], &options.seed))
                return usage_error("--seed needs a non-negative integer");
            ++i;
        } else if (positional == 0) {
            // Voter ids (roster and unlisted, about 2.05 N) are drawn as 32-bit numbers.
            if (!parse_count(arg, &options.records) || options.records > 2'000'000'000ull)
                return usage_error("N must be a whole number of records (at most 2000000000)");
            ++positional;
        } else if (positional == 1) {
            dir = std::string(arg);
            ++positional;
        } else {
            return usage_error("unexpected argument '" + std::string(arg) + "'");
        }
    }
    if (positional != 2) return usage_error("expected N and DIR");

    auto started = std::chrono::steady_clock::now();
    bargain::bench::Expected e;
    std::string error;
    if (!bargain::bench::generate_ballots(options, dir, &e, &error)) {
        std::fprintf(stderr, "bargain-make-ballots: %s\n", error.c_str());
        return 1;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("wrote %s/roster.csv (%llu voters, %.1f MB) and %s/ballots.csv (%llu records, %.1f MB) in %.2f s\n",
                dir.c_str(), static_cast<unsigned long long>(e.roster_voters), e.roster_bytes / 1e6, dir.c_str(),
                static_cast<unsigned long long>(e.records), e.ballot_bytes / 1e6, seconds);
    std::printf("a correct tally: received %llu, duplicate %llu, not-on-roster %llu, counted %llu\n",
                static_cast<unsigned long long>(e.records), static_cast<unsigned long long>(e.duplicate),
                static_cast<unsigned long long>(e.not_on_roster), static_cast<unsigned long long>(e.counted));
    for (auto [name, a] : {std::pair{"accept", e.accept}, std::pair{"strike", e.strike}})
        std::printf("  %s: yes %llu, no %llu, abstain %llu, blank %llu\n", name,
                    static_cast<unsigned long long>(a.yes), static_cast<unsigned long long>(a.no),
                    static_cast<unsigned long long>(a.abstain), static_cast<unsigned long long>(a.blank));
    return 0;
}
