// Counting ballots: every record read ends in exactly one status (counted,
// duplicate, outside-window, not-on-roster, challenged), decided in the
// spec's order: the window first, then duplicates among the records still in
// play, then the roster.
//
// What this must get right:
// - Streaming. Memory grows with distinct voters, not with the file: a
//   record's answers are added to the counts as it is read; only with
//   `--duplicates last` is a voter's latest ballot kept (KeptBallots), so it
//   can be replaced.
// - Secrecy. A set-aside record is remembered by file, line, voter and
//   serial, never by its answers; challenged ballots are never opened.
// - Speed. A million ballots are mostly memory look-ups: the roster is
//   probed a batch at a time, and a listed voter's "seen" is one bit.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/diagnostic.h"
#include "tally/ballot.h"
#include "tally/ballot_reader.h"
#include "tally/id_table.h"
#include "tally/kept_ballots.h"
#include "tally/roster.h"
#include "tally/tally.h"

namespace bargain {

class Counter : public BallotSink {
public:
    // `roster` may be null; it must outlive the Counter.
    Counter(TallyOptions options, const Roster* roster);

    // Names the file whose records come next: `file` is its index (the
    // records' BallotRecord::file), `name` is for messages.
    void begin_file(std::uint32_t file, std::string name);

    std::uint32_t question(std::string_view id) override;
    void question_text(std::uint32_t question, std::string_view text) override;
    // A ballot or return that cannot be placed (--by-unit and no unit, a
    // unit not of the roster, counts past kMaxCount) is refused, located in
    // the current file. After a refusal the count is not to be finished: a
    // refused ballot may be part counted (received, seen).
    std::optional<Diagnostic> ballot(const BallotRecord& record) override;
    std::optional<Diagnostic> ballots(std::span<const BallotRecord> batch) override;
    std::optional<Diagnostic> site_return(const SiteReturn& counts) override;
    bool wants_unit_places() const override { return options_.by_unit; }

    // The counts. Fails when --question names a question no file has.
    Result<Count> finish();

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;
    static constexpr std::uint32_t kOutside = UINT32_MAX - 1;  // a roster voter outside the vote's units

    // Where a record's voter (else its serial) is remembered as seen: a bit
    // for a listed voter when the first ballot counts, else a cell, kNone
    // until seen, then (with Keep::last) the slot of the voter's kept
    // ballot. Neither for a record with neither voter nor serial.
    struct Seen {
        std::uint32_t* cell = nullptr;
        std::uint64_t* word = nullptr;
        std::uint64_t bit = 0;
        bool any() const { return cell || word; }
        bool before() const { return word ? (*word & bit) != 0 : cell && *cell != kNone; }
    };

    std::optional<Diagnostic> count(const BallotRecord& record, std::optional<Roster::Voter> on_roster);
    bool outside_window(const DateTime& cast_at) const;
    std::uint32_t unit_index(std::string_view unit, bool may_add);
    Seen seen(const BallotRecord& r, std::optional<Roster::Voter> on_roster);
    void apply(Status status, std::uint32_t file, std::uint32_t unit, const Mark* marks, std::size_t n,
               long long sign);
    Count::File& file_count(std::uint32_t file);
    void note_cast_at(const DateTime& cast_at);
    void note_totals(std::uint32_t question, std::string_view unit, const AnswerCounts& counts, long long line);
    AnswerCounts& counts_for(std::uint32_t question, std::uint32_t unit);
    // Why a record of the current file is refused, for ballot() and
    // site_return() to hand back.
    Diagnostic refuse(long long line, long long column, std::string message) const;
    void note_void_words(const BallotRecord& r);

    TallyOptions options_;
    const Roster* roster_;
    bool units_fixed_;  // the roster's units are the reporting units
    std::optional<Seconds> opens_at_, closes_at_;
    std::string file_name_;                 // the current file's, for messages
    std::uint32_t file_ = 0;                // the current file's index
    std::optional<Seconds> first_cast_at_, last_cast_at_;

    Count count_;
    IdTable question_ids_;
    IdTable other_questions_;  // seen but not asked for, to name in an error
    std::vector<std::string> other_question_ids_;
    IdTable unit_ids_;

    // A roster unit's reporting unit (kOutside when the vote's units leave it
    // out), and that of a roster voter without a unit.
    std::vector<std::uint32_t> reporting_;
    std::uint32_t no_unit_reporting_ = kNoUnit;
    // Seen listed voters, by roster index. With Keep::first a bit each: a
    // million voters' bits stay in cache, where a word each would be a
    // memory load per ballot. With Keep::last, a cell each.
    std::vector<std::uint64_t> listed_seen_;
    std::vector<std::uint32_t> listed_cells_;
    std::vector<Roster::Key> keys_;                     // a batch's voter ids, hashed
    std::vector<std::optional<Roster::Voter>> found_;   // a batch's roster look-ups
    IdTable unlisted_;
    std::vector<std::uint32_t> unlisted_cells_;
    IdTable serials_;
    std::vector<std::uint32_t> serial_cells_;

    // Per question: each void word's index in its void_words, while there is room.
    std::vector<std::unique_ptr<IdTable>> void_word_ids_;

    KeptBallots kept_;  // with Keep::last: each voter's current ballot

    // Totals: where each (question, answer, unit) was first given, by file.
    struct TotalsAt {
        std::uint32_t file;
        long long line;
    };
    std::map<std::tuple<std::uint32_t, int, std::string>, TotalsAt> totals_at_;
};

}  // namespace bargain
