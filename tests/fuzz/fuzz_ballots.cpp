// libFuzzer target: a ballot file (CSV or YAML, by the first byte's low bit;
// its other bits pick the tally's options) counted against a small roster.
// Besides not crashing, the count must add up: no more records set aside
// than were read.
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

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
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
    auto read = bargain::read_ballots(*in, 0, read_options, counter, problems);
    if (!read || !problems.empty()) return 0;
    auto count = counter.finish();
    if (!count) return 0;
    if (count->received != read->records) __builtin_trap();
    // Each record has one status, so no more can be set aside than were read.
    long long aside = count->duplicate + count->outside_window + count->not_on_roster + count->challenged;
    if (aside < 0 || aside > count->received) __builtin_trap();
    return 0;
}
