// Small builders shared by the unit tests: counts, rules and dates as a
// test writes them, "votes(76, 152, 3)", "rule(\"two-thirds\")" and
// "day(\"2020-02-04\")".
#pragma once

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/datetime.h"
#include "tally/ballot.h"
#include "tally/ballot_reader.h"
#include "tally/rule.h"

namespace bargain::test {

inline AnswerCounts votes(long long yes, long long no, long long abstain = 0, long long blank = 0,
                          long long spoiled = 0) {
    AnswerCounts c;
    c.yes = yes;
    c.no = no;
    c.abstain = abstain;
    c.blank = blank;
    c.spoiled = spoiled;
    return c;
}

// A folder of its own for a test's files, removed after: other builds may
// run the same tests at the same time.
struct Folder {
    std::filesystem::path dir;
    explicit Folder(const char* prefix = "bargain-test") {
        static int n = 0;
        dir = std::filesystem::temp_directory_path() /
              (std::string(prefix) + "-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        std::filesystem::create_directories(dir);
    }
    ~Folder() {
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    // Writes `text` to the file `name` in the folder, and returns its path.
    std::string file(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }
};

inline Rule rule(const char* text) {
    auto r = parse_rule(text);
    REQUIRE(r.ok());
    return *r;
}

// A date written in a test must be one: a typo, or a date the parser has
// come to refuse, fails the test instead of reading an empty optional.
inline Date day(const char* text) {
    auto d = parse_date(text, nullptr);
    REQUIRE_MESSAGE(d.has_value(), text << " is not a date");
    return *d;
}

// A ballot file read the way the tests of one reader want it: its number
// of records, or its first problem.
inline Result<long long> read_ballot_records(Input& in, std::uint32_t file, BallotSink& sink,
                                             const BallotReadOptions& options = {}) {
    std::vector<Diagnostic> problems;
    auto facts = read_ballots(in, file, options, sink, problems);
    if (!problems.empty()) return problems.front();
    return facts->records;
}

}  // namespace bargain::test
