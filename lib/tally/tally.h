// Counting ballots: every record read ends in exactly one status (counted,
// duplicate, outside-window, not-on-roster, challenged), decided in the
// spec's order: the window first, then duplicates among the records still in
// play, then the roster.
//
// What this must get right:
// - Streaming. Memory grows with distinct voters, not with the file: a
//   record's answers are added to the counts as it is read; only with
//   `--duplicates last` is a voter's latest ballot kept, so it can be
//   replaced.
// - Secrecy. A set-aside record is remembered by file, line, voter and
//   serial, never by its answers; challenged ballots are never opened.
// - Determinism. Output order never depends on hash tables: questions and
//   units keep their order of first appearance, the audit its file order.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/datetime.h"
#include "core/diagnostic.h"
#include "tally/ballot.h"
#include "tally/ballot_reader.h"
#include "tally/id_table.h"
#include "tally/roster.h"

namespace bargain {

struct TallyOptions {
    std::optional<DateTime> opens, closes;
    Zone zone = Zone::utc();
    enum class Keep { first, last } duplicates = Keep::first;
    bool challenge_unlisted = false;
    bool by_unit = false;
    std::optional<std::string> only_question;  // --question
    // The vote's units (from a campaign): they are the reporting units, a
    // roster voter in another unit is not eligible for this vote, and
    // without a roster their head counts are the eligible.
    struct VoteUnit {
        std::string id;
        std::optional<long long> members;
    };
    std::vector<VoteUnit> units;
    // The number eligible when there is no roster (--eligible, a vote's
    // `eligible:`): it takes the place of the units' head counts.
    std::optional<long long> eligible;
    // Keep each set-aside record for the audit file. Without --audit they
    // are only counted: memory grows with distinct voters, never with the file.
    bool keep_audit = true;
    // Counted from a vendor's totals, not ballots (the reports say so).
    bool from_totals = false;
};

// The largest count bargain adds up (a return, a vendor's total, their
// sums): far above any electorate, far below where a product of two counts
// and a rule's denominator could overflow.
inline constexpr long long kMaxCount = 1'000'000'000'000'000;

// True when --closes comes before --opens. A closing date without a time
// closes at the end of that day.
bool window_is_empty(const TallyOptions& options);

// A record that was not counted, for the audit file.
struct AuditEntry {
    std::uint32_t file;
    long long line;
    std::string voter;
    std::string ballot;
    Status status;
};

// What the ballots say, before any rule is applied.
struct Count {
    struct Question {
        std::string id;
        std::string text;
        std::vector<AnswerCounts> by_unit;  // parallel to Count::units
        AnswerCounts no_unit;               // ballots whose unit is not known
        AnswerCounts total() const;
        // The words that made counted answers void (not those mapped to
        // void), most frequent first, then in order of first appearance;
        // at most kMaxVoidWords, the rest counted in void_other.
        std::vector<std::pair<std::string, long long>> void_words;
        long long void_other = 0;
    };
    static constexpr std::size_t kMaxVoidWords = 1000;
    static constexpr std::size_t kMaxVoidWordBytes = 60;

    long long received = 0;  // ballot records read (returns are not records)
    long long with_voter = 0;  // records with a voter id
    long long listed = 0;      // records whose voter is on the roster, in one of the vote's units
    long long other_units = 0;  // records whose voter is on the roster, in a unit outside the vote's
    bool from_totals = false;  // counted from a vendor's totals, not ballots
    long long duplicate = 0, outside_window = 0, not_on_roster = 0, challenged = 0;
    std::vector<std::string> units;
    std::vector<Question> questions;
    std::vector<long long> challenged_by_unit;  // parallel to units
    long long challenged_no_unit = 0;           // could belong to any unit
    std::optional<long long> eligible;
    std::vector<std::optional<long long>> eligible_by_unit;  // parallel to units
    std::vector<AuditEntry> audit;                           // in file, then line order
    // When the ballots were cast, the earliest and the latest (records
    // with a time only): what a refusal shows beside the window.
    std::optional<DateTime> first_cast, last_cast;

    // Each file's part of the count, by the file's index. The checks look at
    // each file on its own: a file the mapping misread must be refused even
    // when the other files make the whole look right.
    struct File {
        long long received = 0, with_voter = 0, listed = 0, other_units = 0, outside_window = 0;
        bool has_question = false;          // it names --question (a vote's column:)
        std::vector<AnswerCounts> answers;  // its counted answers, parallel to questions (may be shorter)
        const AnswerCounts* answers_to(std::size_t question) const {
            return question < answers.size() ? &answers[question] : nullptr;
        }
    };
    std::vector<File> files;

    // Totals only: an answer of a question (in a unit) that two files both
    // give. Adding them is right for two channels (online and paper) and
    // wrong for two exports of the same count: the report warns.
    struct TotalsOverlap {
        std::uint32_t question;
        std::string unit;
        std::uint32_t first_file, file;  // file indexes
        long long first_line, line;
    };
    std::vector<TotalsOverlap> totals_overlaps;  // the first per pair of files
};

class Counter : public BallotSink {
public:
    // `roster` may be null; it must outlive the Counter.
    Counter(TallyOptions options, const Roster* roster);

    // Names the file whose records come next: `file` is its index (the
    // records' BallotRecord::file), `name` is for messages.
    void begin_file(std::uint32_t file, std::string name);

    std::uint32_t question(std::string_view id) override;
    void question_text(std::uint32_t question, std::string_view text) override;
    void ballot(const BallotRecord& record) override;
    void ballots(std::span<const BallotRecord> batch) override;
    void site_return(const SiteReturn& counts) override;
    bool wants_unit_places() const override { return options_.by_unit; }

    // The counts. Fails when --question names a question no file has.
    Result<Count> finish();

private:
    static constexpr std::uint32_t kNone = UINT32_MAX;
    static constexpr std::uint32_t kOutside = UINT32_MAX - 1;  // a roster voter outside the vote's units

    // A voter's current ballot, kept only with `--duplicates last`.
    struct Kept {
        std::uint32_t file;
        std::uint32_t unit;
        long long line;
        Status status;
        std::uint32_t audit;  // its audit entry, if it has one
        std::uint64_t marks_at;
        std::uint32_t marks_len, marks_capacity;
        std::uint64_t serial_at;
        std::uint32_t serial_len, serial_capacity;
    };

    // Where a record's voter (else its serial) is remembered as seen: a bit
    // for a listed voter when the first ballot counts, else a cell, kNone
    // until seen, then (with Keep::last) the index of the voter's Kept
    // ballot. Neither for a record with neither voter nor serial.
    struct Seen {
        std::uint32_t* cell = nullptr;
        std::uint64_t* word = nullptr;
        std::uint64_t bit = 0;
        bool any() const { return cell || word; }
        bool before() const { return word ? (*word & bit) != 0 : cell && *cell != kNone; }
    };

    void count(const BallotRecord& record, std::optional<Roster::Voter> on_roster);
    bool outside_window(const DateTime& cast_at) const;
    std::uint32_t unit_index(std::string_view unit, bool may_add);
    Seen seen(const BallotRecord& r, std::optional<Roster::Voter> on_roster);
    void apply(Status status, std::uint32_t file, std::uint32_t unit, const Mark* marks, std::size_t n,
               long long sign);
    Count::File& file_count(std::uint32_t file);
    void note_cast_at(const DateTime& cast_at);
    void note_totals(std::uint32_t question, std::string_view unit, const AnswerCounts& counts, long long line);
    AnswerCounts& counts_for(std::uint32_t question, std::uint32_t unit);
    [[noreturn]] void fail(long long line, long long column, std::string message) const;
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

    std::vector<Kept> kept_;
    std::vector<Mark> kept_marks_;
    std::string kept_serials_;

    // Totals: where each (question, answer, unit) was first given, by file.
    struct TotalsAt {
        std::uint32_t file;
        long long line;
    };
    std::map<std::tuple<std::uint32_t, int, std::string>, TotalsAt> totals_at_;
};

}  // namespace bargain
