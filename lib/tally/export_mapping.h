// How an export's own headers and words map onto what bargain reads: the
// reserved columns (`voter`, `ballot`, `unit`, `cast_at`, and a totals
// table's `question`, `option`, `votes`), the words that mean yes, no or
// abstain, and the delimiter. A campaign vote says it with `columns:`,
// `roster_columns:`, `answers:` and `delimiter:`; the command line with
// `--column`, `--roster-column`, `--answer` and `--delimiter`.
//
// What it must get right: a mapping is decided once, before the first
// record, so a million-row file pays nothing per field for it; the built-in
// words stay strict (yes, no, abstain, blank; anything else void) and a
// word means one answer only: a word mapped to two answers is refused where
// it is written, never resolved by order.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "tally/ballot.h"

namespace bargain {

enum class Column : std::uint8_t { voter, ballot, unit, cast_at, question, option, votes };
inline constexpr std::size_t kColumnKinds = 7;

// "voter", "ballot", "unit", "cast_at", "question", "option", "votes".
const char* column_key(Column c);
// The column a key names (exactly, as written in `columns:` or before the
// `=` of `--column`); nothing for any other word.
std::optional<Column> column_named(std::string_view key);
// The reserved column a header names by default (case-insensitively, after
// trimming blanks): voter, ballot, unit, cast_at. Nothing for a question.
std::optional<Column> reserved_column(std::string_view header);
// "voter, ballot, unit, cast_at", or with the totals columns.
std::string columns_list(bool totals);

// Where a mapping was written: a campaign's line and column, or the
// command line (file "", line 0). Errors about a mapping point here.
struct MappingPlace {
    std::string file;
    long long line = 0, column = 0;
    std::string shown;  // how the user wrote it: "--column voter=Member ID", "columns: voter"

    Diagnostic at(std::string message, std::string help = {}) const {
        return Diagnostic{file, line, column, std::move(message), std::move(help)};
    }
};

// "--column voter=Member ID", or "columns: voter (campaign.yaml:12)": a
// mapping's place, for a message located somewhere else.
std::string where_text(const MappingPlace& p);

// The export's header for each reserved column, when mapped.
struct MappedHeader {
    std::string header;  // trimmed of blanks
    MappingPlace where;
};

class ColumnMap {
public:
    // Maps `column` to `header`. A column mapped twice, a header mapped to
    // two columns, or an empty header is an error at `where`.
    std::optional<Diagnostic> map(Column column, std::string_view header, MappingPlace where);

    const MappedHeader* find(Column c) const {
        const auto& h = headers_[static_cast<std::size_t>(c)];
        return h ? &*h : nullptr;
    }
    bool empty() const;
    // The column that `header` (trimmed of blanks and BOMs) is, under this
    // mapping: a mapped header exactly; else, for a column that is not
    // mapped, its reserved name case-insensitively. Nothing for a question.
    // `totals` also allows question, option and votes.
    std::optional<Column> column_of(std::string_view header, bool totals = false) const;
    // "voter=Member ID, cast_at=Date Voted", in column order; "" when empty.
    std::string text() const;

private:
    std::array<std::optional<MappedHeader>, kColumnKinds> headers_;
};

// A word with its blanks (any Unicode space) trimmed and ASCII letters
// lowered: the form in which answers are compared.
std::string fold_word(std::string_view word);

// yes, no, abstain, blank or void, as an answer is named in `answers:` and
// `--answer WORD=ANSWER`; nothing for anything else.
std::optional<Answer> answer_named(std::string_view name);

class AnswerWords {
public:
    // Adds `word` as `answer`. A word already meaning another answer (a
    // built-in word included: "no" cannot be made yes) is an error at
    // `where`; the same word mapped twice to the same answer is allowed.
    std::optional<Diagnostic> map(std::string_view word, Answer answer, MappingPlace where);

    bool empty() const { return words_.empty(); }
    // What a cell says: the built-in words first (yes, no, abstain, empty),
    // then the mapped ones; void for anything else. `mapped_void` is set
    // when the cell is a word the user mapped to void (so it is not named
    // as an unknown word).
    Answer read(std::string_view cell, bool* mapped_void = nullptr) const;
    // "Y=yes, For=yes, N=no", in the order they were added.
    std::string text() const;
    struct Entry {
        std::string word;  // as written
        Answer answer;
        MappingPlace where;
    };
    const std::vector<Entry>& entries() const { return entries_; }

private:
    std::unordered_map<std::string, std::size_t> words_;  // folded word -> entry
    std::vector<Entry> entries_;
};

// Everything that says how to read a vote's ballot (or totals) files.
struct ExportMapping {
    ColumnMap columns;
    AnswerWords answers;
    std::optional<char> delimiter;  // forced; sniffed from each header when empty
    MappingPlace delimiter_where;
};

}  // namespace bargain
