// What a count is asked to do (TallyOptions) and what the ballots say
// (Count), before any rule is applied: the data every report, check and
// decision reads. The Counter (counter.h) is what fills a Count.
//
// - Secrecy. A set-aside record is remembered by file, line, voter and
//   serial, never by its answers; challenged ballots are never opened.
// - Determinism. Output order never depends on hash tables: questions and
//   units keep their order of first appearance, the audit its file order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/datetime.h"
#include "tally/ballot.h"

namespace bargain {

// Election offices do not report a count of fewer ballots than this on its
// own: "0 yes, 1 no" for a one-member unit tells everyone how she voted.
inline constexpr long long kDefaultMinUnitBallots = 5;

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
    // With by_unit: a unit with fewer counted ballots than this shows its
    // result but not its counts (unit_secrecy.h); 0 shows every unit's.
    long long min_unit_ballots = kDefaultMinUnitBallots;
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

}  // namespace bargain
