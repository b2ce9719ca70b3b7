// A ballot record as read from a file, what each answer on it is, and what
// became of the record. These are the words election officials use: a record
// is counted, or set aside (duplicate, outside the window, not on the roster),
// or challenged (sealed, not opened).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/datetime.h"

namespace bargain {

enum class Answer : std::uint8_t { yes, no, abstain, blank, spoiled };
inline constexpr int kAnswerKinds = 5;

// What a cell says: yes / no / abstain (any case, blanks around ignored),
// blank when empty, spoiled ("void" in reports) for anything else.
Answer read_answer(std::string_view cell);
const char* answer_name(Answer a);  // "yes", "no", "abstain", "blank", "void"

enum class Status : std::uint8_t { counted, duplicate, outside_window, not_on_roster, challenged };
const char* status_name(Status s);  // "counted", "duplicate", "outside-window", ...

// The answer to one question on one ballot. `question` indexes the tally's
// question list.
struct Mark {
    std::uint32_t question;
    Answer answer;
};

// One ballot as read. Views are valid only during the call that receives it.
struct BallotRecord {
    std::uint32_t file = 0;  // index of the input in the tally
    long long line = 0;
    std::string_view voter;
    std::string_view ballot;  // serial number
    std::string_view unit;
    std::optional<DateTime> cast_at;
    std::vector<Mark> marks;
    // Cells that were void and are not a word mapped to void, by question:
    // counted, never tied to the voter, so that a refusal or a warning can
    // say which words were found ("For: 120").
    std::vector<std::pair<std::uint32_t, std::string_view>> void_words;
    long long unit_column = 0;  // where the unit cell is, when it is empty (0: not known)
};

// Counts of answers, for one question (in one unit, or overall).
struct AnswerCounts {
    long long yes = 0, no = 0, abstain = 0, blank = 0, spoiled = 0;

    long long valid() const { return yes + no; }
    long long cast() const { return yes + no + abstain + blank + spoiled; }
    void add(Answer a, long long n = 1);
    AnswerCounts& operator+=(const AnswerCounts& o);
};

// Counts from paper ballots counted at a site (YAML `returns:`).
struct SiteReturn {
    long long line = 0;
    long long unit_column = 0;  // where its unit is, when known
    std::string_view unit;
    std::string_view site;
    std::vector<std::pair<std::uint32_t, AnswerCounts>> counts;  // per question
};

}  // namespace bargain
