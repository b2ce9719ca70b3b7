// libFuzzer target: a ballot file (CSV or YAML, by the first byte's low bit;
// its other bits pick the tally's options) counted against a small roster.
// Besides not crashing, the count must add up: no more records set aside
// than were read. A YAML file is read a second time with its parse on a
// second thread (yaml_handoff.h), which must find the same problems and
// the same count.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "io/input.h"
#include "tally/ballot_reader.h"
#include "tally/roster.h"
#include "tally/counter.h"

namespace {

const bargain::Roster& roster() {
    static const bargain::Roster r = [] {
        auto in = bargain::Input::from_string("roster.csv", "voter,unit\nV1,a\nV2,a\nV3,b\nV4,\n");
        return std::move(*bargain::read_roster(*in));
    }();
    return r;
}

}  // namespace

namespace {

struct Outcome {
    std::string problems;
    long long records = -1, received = -1, aside = -1;
};

Outcome count_once(const std::uint8_t* data, std::size_t size, bargain::YamlThreads threads) {
    bool yaml = data[0] & 1;
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto in = bargain::Input::from_string(yaml ? "ballots.yaml" : "ballots.csv", std::move(text));
    bargain::TallyOptions options;
    options.duplicates = (data[0] & 2) ? bargain::TallyOptions::Keep::last : bargain::TallyOptions::Keep::first;
    options.challenge_unlisted = data[0] & 4;
    options.by_unit = data[0] & 8;
    bargain::Counter counter(options, (data[0] & 16) ? &roster() : nullptr);
    counter.begin_file(0, in->name());
    std::vector<bargain::Diagnostic> problems;
    bargain::BallotReadOptions read_options;
    static const bargain::ExportMapping mapping = [] {
        bargain::ExportMapping m;
        m.columns.map(bargain::Column::voter, "Member ID", {});
        m.columns.map(bargain::Column::cast_at, "Timestamp", {});
        m.answers.map("For", bargain::Answer::yes, {});
        m.answers.map("X", bargain::Answer::spoiled, {});
        return m;
    }();
    if (data[0] & 32) read_options.mapping = &mapping;
    read_options.window = data[0] & 64;
    read_options.roster = data[0] & 16;
    read_options.yaml_threads = threads;
    Outcome out;
    auto read = bargain::read_ballots(*in, 0, read_options, counter, problems);
    for (const bargain::Diagnostic& d : problems) out.problems += d.located() + "\n";
    if (!read || !problems.empty()) return out;
    out.records = read->records;
    auto count = counter.finish();
    if (!count) return out;
    out.received = count->received;
    out.aside = count->duplicate + count->outside_window + count->not_on_roster + count->challenged;
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    Outcome one = count_once(data, size, bargain::YamlThreads::one);
    if (one.received >= 0 && one.received != one.records) __builtin_trap();
    // Each record has one status, so no more can be set aside than were read.
    if (one.received >= 0 && (one.aside < 0 || one.aside > one.received)) __builtin_trap();
    if (data[0] & 1) {
        Outcome two = count_once(data, size, bargain::YamlThreads::two);
        if (two.problems != one.problems || two.records != one.records || two.received != one.received ||
            two.aside != one.aside)
            __builtin_trap();
    }
    return 0;
}
