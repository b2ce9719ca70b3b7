#include "mapping_hint.h"

#include <cctype>

#include "text.h"
#include "visible.h"

namespace bargain {

namespace {

bool contains_word(const std::string& lower, std::string_view word) { return lower.find(word) != std::string::npos; }

// Lowered words that suggest a column, best first.
const std::vector<std::string_view>& clues(Column c) {
    static const std::vector<std::string_view> voter = {"voter", "member", "employee", "email", "e-mail",
                                                        "badge", "person", "id"};
    static const std::vector<std::string_view> ballot = {"ballot", "serial", "confirmation", "receipt", "token"};
    static const std::vector<std::string_view> unit = {"unit", "local", "chapter", "bargaining", "department"};
    static const std::vector<std::string_view> cast_at = {"cast", "voted", "submitted", "timestamp", "time",
                                                          "date", "when"};
    static const std::vector<std::string_view> question = {"question", "ballot item", "contest", "motion"};
    static const std::vector<std::string_view> option = {"option", "choice", "answer", "response", "selection"};
    static const std::vector<std::string_view> votes = {"votes", "count", "total", "number", "tally"};
    switch (c) {
        case Column::voter: return voter;
        case Column::ballot: return ballot;
        case Column::unit: return unit;
        case Column::cast_at: return cast_at;
        case Column::question: return question;
        case Column::option: return option;
        case Column::votes: return votes;
    }
    return voter;
}

}  // namespace

std::optional<std::string> likely_header(Column column, const std::vector<std::string>& headers) {
    for (std::string_view clue : clues(column))
        for (const std::string& h : headers)
            if (contains_word(ascii_lower(h), clue)) return h;
    return std::nullopt;
}

std::string shell_word(std::string_view s) {
    bool plain = !s.empty();
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '/' || c == '=' ||
              c == ':' || static_cast<unsigned char>(c) >= 0x80))
            plain = false;
    if (plain) return visible(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\' || c == '$' || c == '`') out += '\\';
        out += c;
    }
    return visible(out + "\"");
}

std::string column_hint(Column column, std::optional<std::string> header, bool roster) {
    std::string key = column_key(column);
    std::string cli = header ? shell_word(*header) : "HEADER";
    std::string yaml = header ? visible(*header) : "HEADER";
    return std::string(roster ? "--roster-column " : "--column ") + key + "=" + cli + " (or " +
           (roster ? "roster_columns" : "columns") + ": {" + key + ": " + yaml + "} in the campaign vote)";
}

std::optional<Answer> likely_answer(std::string_view word) {
    std::string w = fold_word(word);
    static const std::vector<std::string_view> yes = {"y", "for", "accept", "approve", "agree", "in favour",
                                                      "in favor", "1", "true", "oui", "pour", "si",
                                                      "s\xc3\xad", "ja", "yea", "aye", "ratify", "authorize",
                                                      "authorise", "support"};
    static const std::vector<std::string_view> no = {"n", "against", "reject", "oppose", "disagree", "0",
                                                     "false", "non", "contre", "nein", "nay", "nee"};
    static const std::vector<std::string_view> abstain = {"pass", "abstention", "abstained", "neither"};
    for (std::string_view y : yes)
        if (w == y) return Answer::yes;
    for (std::string_view n : no)
        if (w == n) return Answer::no;
    for (std::string_view a : abstain)
        if (w == a) return Answer::abstain;
    // "Yes, I accept the offer", "No - reject": a sentence that starts with the answer.
    if (w.rfind("yes", 0) == 0 || w.rfind("accept", 0) == 0 || w.rfind("i accept", 0) == 0) return Answer::yes;
    if (w.rfind("no ", 0) == 0 || w.rfind("no,", 0) == 0 || w.rfind("reject", 0) == 0 || w.rfind("i reject", 0) == 0)
        return Answer::no;
    return std::nullopt;
}

std::string answer_hint(const std::vector<std::string>& words) {
    std::string cli, yaml;
    std::vector<std::string> by_answer[3];  // yes, no, abstain
    std::vector<std::string> unknown;
    for (const std::string& w : words) {
        std::optional<Answer> a = likely_answer(w);
        if (!cli.empty()) cli += ' ';
        cli += "--answer " + shell_word(w + "=" + (a ? answer_name(*a) : "yes|no|abstain"));
        if (a && *a == Answer::yes) by_answer[0].push_back(visible(w));
        else if (a && *a == Answer::no) by_answer[1].push_back(visible(w));
        else if (a) by_answer[2].push_back(visible(w));
        else unknown.push_back(visible(w));
    }
    static const char* names[3] = {"yes", "no", "abstain"};
    for (int i = 0; i < 3; ++i) {
        if (by_answer[i].empty()) continue;
        if (!yaml.empty()) yaml += ", ";
        yaml += std::string(names[i]) + ": [" + join_present(by_answer[i], ", ") + "]";
    }
    if (!unknown.empty()) {
        if (!yaml.empty()) yaml += ", ";
        yaml += "yes|no|abstain: [" + join_present(unknown, ", ") + "]";
    }
    return cli + " (or answers: {" + yaml + "} in the campaign vote)";
}

}  // namespace bargain
