#include "ballot_count.h"

#include "ballot_reader.h"
#include "input.h"
#include "roster.h"

namespace bargain {

Result<CountedFiles> count_ballot_files(const TallyOptions& options, const std::string& roster_path,
                                        const std::vector<std::string>& ballots) {
    CountedFiles out;
    std::optional<Roster> roster;
    if (!roster_path.empty()) {
        auto in = Input::open(roster_path);
        if (!in) return in.error();
        auto read = read_roster(**in);
        if (!read) return read.error();
        roster = std::move(*read);
        out.roster = InputSummary{(*in)->name(), (*in)->sha256(), static_cast<long long>(roster->size())};
    }
    Counter counter(options, roster ? &*roster : nullptr);
    for (std::size_t i = 0; i < ballots.size(); ++i) {
        auto in = Input::open(ballots[i]);
        if (!in) return in.error();
        counter.begin_file((*in)->name());
        auto records = read_ballots(**in, static_cast<std::uint32_t>(i), counter);
        if (!records) return records.error();
        out.inputs.push_back({(*in)->name(), (*in)->sha256(), *records});
    }
    auto count = counter.finish();
    if (!count) return count.error();
    out.count = std::move(*count);
    return out;
}

}  // namespace bargain
