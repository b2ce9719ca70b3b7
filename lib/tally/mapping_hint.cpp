#include "tally/mapping_hint.h"

#include <initializer_list>

#include "core/text.h"
#include "core/visible.h"
#include "io/document.h"

namespace bargain {

namespace {

bool contains_word(const std::string& lower, std::string_view word) { return lower.find(word) != std::string::npos; }

// Lowered words that suggest a ballot file's column, best first.
const std::vector<std::string_view>& clues(Column c) {
    static const std::vector<std::string_view> voter = {"voter", "member", "employee", "email", "e-mail",
                                                        "badge", "person", "id"};
    static const std::vector<std::string_view> ballot = {"ballot", "serial", "confirmation", "receipt", "token"};
    static const std::vector<std::string_view> unit = {"unit", "local", "chapter", "bargaining", "department"};
    static const std::vector<std::string_view> cast_at = {"cast", "voted", "submitted", "timestamp", "time",
                                                          "date", "when"};
    switch (c) {
        case Column::ballot: return ballot;
        case Column::unit: return unit;
        case Column::cast_at: return cast_at;
        default: return voter;
    }
}

// The column of a totals table a header looks like it holds ("Count" holds
// the votes, "Choice" the option), or nothing. Each header is one column
// at most, so "Total ballots" is votes and never the question.
std::optional<Column> totals_column_of(std::string_view header) {
    std::string h = ascii_lower(trim_blanks(header));
    auto has = [&](std::initializer_list<std::string_view> words) {
        for (std::string_view w : words)
            if (h.find(w) != std::string::npos) return true;
        return false;
    };
    if (has({"percent", "%", "pct", "share", "rank", "ratio", "voter"})) return std::nullopt;
    if (has({"count", "votes", "tally", "total", "ballots"})) return Column::votes;
    if (has({"question", "motion", "measure", "contest", "proposal", "issue", "race", "item", "poll", "ballot"}))
        return Column::question;
    if (has({"option", "choice", "answer", "response", "selection", "candidate"})) return Column::option;
    if (has({"vote", "number", "result", "sum", "#"})) return Column::votes;
    return std::nullopt;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
    for (std::string_view x : words)
        if (w == x) return true;
    return false;
}

// Words (runs of letters and digits, any non-ASCII byte a letter), lowered.
std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0x80) word += ch;
        else if (c >= 'A' && c <= 'Z') word += static_cast<char>(c - 'A' + 'a');
        else if (!word.empty()) out.push_back(std::move(word)), word.clear();
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

// What one word of an answer means, alone.
std::optional<Answer> answer_word(std::string_view w) {
    if (one_of(w, {"yes", "y", "accept", "approve", "ratify", "for", "favor", "favour", "support", "aye", "yea",
                   "agree", "authorize", "authorise", "oui", "pour", "ja", "si", "s\xc3\xad"}))
        return Answer::yes;
    if (one_of(w, {"no", "n", "reject", "against", "oppose", "disapprove", "disagree", "nay", "decline", "non",
                   "contre", "nein", "nee"}))
        return Answer::no;
    if (one_of(w, {"abstain", "abstention", "abstentions", "abstained", "pass", "neutral", "neither"}))
        return Answer::abstain;
    if (one_of(w, {"blank", "empty", "unmarked"})) return Answer::blank;
    if (one_of(w, {"void", "spoiled", "spoilt", "invalid"})) return Answer::spoiled;
    return std::nullopt;
}

}  // namespace

std::optional<std::string> likely_header(Column column, const std::vector<std::string>& headers) {
    if (column == Column::question || column == Column::option || column == Column::votes) {
        for (const std::string& h : headers)
            if (totals_column_of(h) == column) return h;
        return std::nullopt;
    }
    for (std::string_view clue : clues(column))
        for (const std::string& h : headers)
            if (contains_word(ascii_lower(h), clue)) return h;
    return std::nullopt;
}

std::string shell_word(std::string_view s) {
    auto plain = [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
               std::string_view("_-.,:/+@%^=").find(static_cast<char>(c)) != std::string_view::npos;
    };
    // zsh expands a word that starts with '=' (=ls is ls's path).
    bool bare = !s.empty() && s[0] != '=';
    bool doubles = true;  // nothing that double quotes would still expand: bash's ! included
    for (char c : s) {
        bare = bare && plain(static_cast<unsigned char>(c));
        doubles = doubles && std::string_view("\"\\$`!").find(c) == std::string_view::npos;
    }
    if (bare) return visible(s);
    if (doubles) return "\"" + visible(s) + "\"";
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return visible(out + "'");
}

std::string column_hint(Column column, std::optional<std::string> header, bool roster) {
    std::string key = column_key(column);
    std::string cli = header ? shell_word(*header) : "HEADER";
    std::string yaml = header ? yaml_flow(*header) : "HEADER";
    return std::string(roster ? "--roster-column " : "--column ") + key + "=" + cli + " (or " +
           (roster ? "roster_columns" : "columns") + ": {" + key + ": " + yaml + "} in the campaign vote)";
}

std::optional<Answer> likely_answer(std::string_view word) {
    std::string w = fold_word(word);
    // Whole answers that are not words of one.
    if (one_of(w, {"1", "true", "in favour", "in favor"})) return Answer::yes;
    if (one_of(w, {"0", "false"})) return Answer::no;
    // "Yes, I accept the offer", "Accept the offer": words that all point
    // one way; a negation ("Do not accept") leaves it to the reader.
    std::optional<Answer> found;
    for (const std::string& x : words_of(w)) {
        if (one_of(x, {"not", "don", "dont", "never", "nor", "without"})) return std::nullopt;
        std::optional<Answer> a = answer_word(x);
        if (!a) continue;
        if (found && *found != *a) return std::nullopt;
        found = a;
    }
    return found;
}

std::string answer_hint(const std::vector<std::string>& words) {
    std::string cli, yaml;
    std::vector<std::string> by_answer[kAnswerKinds];
    std::vector<std::string> unknown;
    for (const std::string& w : words) {
        std::optional<Answer> a = likely_answer(w);
        if (!cli.empty()) cli += ' ';
        cli += "--answer " + shell_word(w + "=" + (a ? answer_name(*a) : "yes|no|abstain"));
        (a ? by_answer[static_cast<int>(*a)] : unknown).push_back(yaml_flow(w));
    }
    for (int i = 0; i < kAnswerKinds; ++i) {
        if (by_answer[i].empty()) continue;
        if (!yaml.empty()) yaml += ", ";
        yaml += std::string(answer_name(static_cast<Answer>(i))) + ": [" + join_present(by_answer[i], ", ") + "]";
    }
    if (!unknown.empty()) {
        if (!yaml.empty()) yaml += ", ";
        yaml += "yes|no|abstain: [" + join_present(unknown, ", ") + "]";
    }
    return cli + " (or answers: {" + yaml + "} in the campaign vote)";
}

std::string delimiter_hint(char delimiter) {
    std::string name = delimiter_name(delimiter);
    return "--delimiter " + name + " (or delimiter: " + name + " in the campaign vote)";
}

std::optional<Diagnostic> forced_delimiter_splits_nothing(const CsvReader& csv, const ExportMapping& mapping) {
    if (!csv.delimiter_forced() || csv.fields().size() != 1) return std::nullopt;
    char other = csv.other_delimiter();
    if (!other) return std::nullopt;
    const MappingPlace& by = mapping.delimiter_where;
    return csv.at_field(0, "the header is one column, " + quoted(csv.fields()[0]) + ": the delimiter is forced to " +
                               delimiter_name(csv.delimiter()) +
                               (by.shown.empty() ? std::string() : " by " + where_text(by)) +
                               ", but the header holds " + delimiter_name(other) + "s: is that the file's delimiter?");
}

std::string sniffed_delimiter_note(const CsvReader& csv, char header_other, bool at_header) {
    if (csv.delimiter_forced()) return "";
    char other = at_header ? 0 : csv.other_delimiter();
    std::string note = std::string("the header was split at ") + delimiter_name(csv.delimiter()) + "s";
    if (other) note += std::string(", this row holds ") + delimiter_name(other) + "s";
    else if (header_other) note += std::string(" but also holds ") + delimiter_name(other = header_other) + "s";
    else return "";
    return note + ": if that is the file's delimiter, " + delimiter_hint(other);
}

}  // namespace bargain
