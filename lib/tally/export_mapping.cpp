#include "tally/export_mapping.h"

#include "core/text.h"
#include "core/visible.h"

namespace bargain {

namespace {

constexpr const char* kColumnKeys[kColumnKinds] = {"voter", "ballot", "unit", "cast_at", "question", "option", "votes"};

// " by --answer y=no": the second of two mappings, when the message is not
// already located at it (the command line has no place).
std::string also_by(const MappingPlace& p) { return p.file.empty() && !p.shown.empty() ? " by " + p.shown : ""; }

}  // namespace

std::string where_text(const MappingPlace& p) {
    if (p.file.empty()) return p.shown;
    return p.shown + " (" + p.file + ":" + std::to_string(p.line) + ")";
}

const char* column_key(Column c) { return kColumnKeys[static_cast<std::size_t>(c)]; }

std::optional<Column> column_named(std::string_view key) {
    for (std::size_t i = 0; i < kColumnKinds; ++i)
        if (key == kColumnKeys[i]) return static_cast<Column>(i);
    return std::nullopt;
}

std::optional<Column> reserved_column(std::string_view header) {
    header = trim_blanks(header);
    for (std::size_t i = 0; i <= static_cast<std::size_t>(Column::cast_at); ++i)
        if (equals_lower(header, kColumnKeys[i])) return static_cast<Column>(i);
    return std::nullopt;
}

std::string columns_list(bool totals) {
    return totals ? "question, option, votes, unit" : "voter, ballot, unit, cast_at";
}

std::optional<Diagnostic> ColumnMap::map(Column column, std::string_view header, MappingPlace where) {
    header = trim_blanks(header);
    if (header.empty()) return where.at("the '" + std::string(column_key(column)) + "' column is mapped to an empty header");
    auto& slot = headers_[static_cast<std::size_t>(column)];
    if (slot) {
        if (slot->header == header) return std::nullopt;
        return where.at("the '" + std::string(column_key(column)) + "' column is mapped twice: to " +
                        quoted(slot->header) + " by " + where_text(slot->where) + " and to " + quoted(header) + also_by(where));
    }
    for (std::size_t i = 0; i < kColumnKinds; ++i)
        if (headers_[i] && headers_[i]->header == header)
            return where.at("the header " + quoted(header) + " is mapped to two columns, '" +
                            std::string(kColumnKeys[i]) + "' (by " + where_text(headers_[i]->where) + ") and '" +
                            column_key(column) + "'" + (where.file.empty() ? " (by " + where.shown + ")" : std::string()));
    slot = MappedHeader{std::string(header), std::move(where)};
    return std::nullopt;
}

bool ColumnMap::empty() const {
    for (const auto& h : headers_)
        if (h) return false;
    return true;
}

std::optional<Column> ColumnMap::column_of(std::string_view header, bool totals) const {
    header = trim_blanks(header);
    std::size_t last = totals ? kColumnKinds : static_cast<std::size_t>(Column::cast_at) + 1;
    for (std::size_t i = 0; i < last; ++i)
        if (headers_[i] && headers_[i]->header == header) return static_cast<Column>(i);
    for (std::size_t i = 0; i < last; ++i) {
        if (headers_[i]) continue;
        if (!totals && i > static_cast<std::size_t>(Column::cast_at)) continue;
        if (equals_lower(header, kColumnKeys[i])) return static_cast<Column>(i);
    }
    return std::nullopt;
}

std::string ColumnMap::text() const {
    std::string out;
    for (std::size_t i = 0; i < kColumnKinds; ++i) {
        if (!headers_[i]) continue;
        if (!out.empty()) out += ", ";
        out += kColumnKeys[i];
        out += '=';
        out += headers_[i]->header;
    }
    return out;
}

std::string fold_word(std::string_view word) { return ascii_lower(trim_blanks(word)); }

std::optional<Answer> answer_named(std::string_view name) {
    if (name == "yes") return Answer::yes;
    if (name == "no") return Answer::no;
    if (name == "abstain") return Answer::abstain;
    if (name == "blank") return Answer::blank;
    if (name == "void") return Answer::spoiled;
    return std::nullopt;
}

std::optional<Diagnostic> AnswerWords::map(std::string_view word, Answer answer, MappingPlace where) {
    std::string folded = fold_word(word);
    if (folded.empty()) return where.at("an empty word cannot be mapped to an answer: empty cells are already blank");
    Answer builtin = read_answer(folded);
    if (builtin != Answer::spoiled) {
        if (builtin == answer) return std::nullopt;
        return where.at(quoted(word) + " is already the built-in answer '" + answer_name(builtin) +
                        "'; it cannot also mean '" + answer_name(answer) + "'");
    }
    auto [it, added] = words_.try_emplace(folded, entries_.size());
    if (!added) {
        const Entry& before = entries_[it->second];
        if (before.answer == answer) return std::nullopt;
        return where.at(quoted(word) + " is mapped to two answers: '" + answer_name(before.answer) + "' by " +
                        where_text(before.where) + " and '" + answer_name(answer) + "'" + also_by(where));
    }
    entries_.push_back(Entry{std::string(trim_blanks(word)), answer, std::move(where)});
    return std::nullopt;
}

Answer AnswerWords::read(std::string_view cell, bool* mapped_void) const {
    Answer a = read_answer(cell);
    if (a != Answer::spoiled || words_.empty()) return a;
    auto it = words_.find(fold_word(cell));
    if (it == words_.end()) return Answer::spoiled;
    Answer mapped = entries_[it->second].answer;
    if (mapped == Answer::spoiled && mapped_void) *mapped_void = true;
    return mapped;
}

std::string AnswerWords::text() const {
    std::string out;
    for (const Entry& e : entries_) {
        if (!out.empty()) out += ", ";
        out += e.word;
        out += '=';
        out += answer_name(e.answer);
    }
    return out;
}

}  // namespace bargain
