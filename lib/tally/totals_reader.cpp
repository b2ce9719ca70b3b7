#include "tally/totals_reader.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/input_limits.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/visible.h"
#include "io/csv_reader.h"
#include "io/document.h"
#include "core/decimal.h"
#include "io/yaml_map.h"
#include "io/yaml_source.h"
#include "tally/mapping_hint.h"

namespace bargain {

namespace {

// ---- Words for messages ----------------------------------------------------

// "a, b and 10 more": names for a list in a message, at most `max` shown.
std::string names_list(const std::vector<std::string>& names, std::size_t max) {
    std::string out;
    std::size_t shown = 0;
    for (const std::string& n : names) {
        if (n.empty()) continue;
        if (shown == max) {
            std::size_t rest = 0;
            for (const std::string& m : names) rest += m.empty() ? 0 : 1;
            return out + " and " + std::to_string(rest - max) + " more";
        }
        if (shown++) out += ", ";
        out += shortened(n, 80);
    }
    return out;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
    for (std::string_view x : words)
        if (w == x) return true;
    return false;
}

// A row a spreadsheet adds under the others to sum them up.
bool names_a_sum(std::string_view word) {
    std::string w = fold_word(word);
    return one_of(w, {"total", "totals", "grand total", "subtotal", "sum", "overall", "all", "all units",
                      "total votes", "votes cast", "total votes cast", "ballots cast", "total ballots",
                      "total ballots cast"});
}

// ---- The rows, from either format --------------------------------------------

// Where each value of one row is. Asked only when there is an error.
class RowPlace {
public:
    virtual ~RowPlace() = default;
    virtual Diagnostic at(Column c, std::string message) const = 0;
};

[[noreturn]] void fail(const RowPlace& place, Column c, std::string message) {
    throw InputError(place.at(c, std::move(message)));
}

struct Row {
    long long line = 0;
    std::string_view question, option, votes, unit;
};

// A whole number of votes, 0 to kMaxTotalVotes. Blanks may group the digits
// in threes (1 234, as French exports write it: a blank is never a decimal
// separator); a comma, a point or an apostrophe may be either separator,
// depending on the exporter's locale, so they are refused, not guessed at.
long long votes_of(std::string_view cell, const RowPlace& place) {
    std::string_view t = trim_blanks(cell);
    auto refuse = [&](std::string why) { fail(place, Column::votes, std::move(why)); };
    if (t.empty()) refuse("the votes are empty: write 0 for an option that got none");
    // The digits, once the blanks between groups are checked and dropped,
    // are read as every count is (core/decimal.h).
    std::string digits;
    int run = 0;  // digits since the start or the last blank
    bool grouped = false;
    auto bad_group = [&] {
        refuse("votes " + quoted(t, 40) + " is not a whole number (a blank in a number must separate groups of three digits)");
    };
    for (std::size_t i = 0; i < t.size();) {
        char c = t[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            ++run;
            ++i;
            continue;
        }
        // A space, or a Unicode one (no-break, thin...): not a tab, a line
        // break or a byte order mark.
        std::size_t blank = blank_at(t, i);
        bool separator = blank == 1 ? c == ' '
                                    : blank > 1 && t.substr(i, blank) != "\xef\xbb\xbf" && t.substr(i, blank) != "\xc2\x85";
        if (separator) {
            if (run == 0 || run > 3 || (grouped && run != 3)) bad_group();
            grouped = true;
            run = 0;
            i += blank;
            continue;
        }
        if (c == ',' || c == '.' || c == '\'')
            refuse("votes " + quoted(t, 40) +
                   " has a comma, a point or an apostrophe, which could separate thousands or decimals: write "
                   "the whole number without it (1234)");
        if (c == '-' && i == 0) refuse("votes " + quoted(t, 40) + " is negative");
        refuse("votes " + quoted(t, 40) + " is not a whole number");
    }
    if (grouped && run != 3) bad_group();
    Decimal v = parse_count(digits, kMaxTotalVotes);
    if (!v)
        refuse("votes " + quoted(t, 40) + " is more than " + std::to_string(kMaxTotalVotes) +
               ", the most one row may have");
    return v.scaled;
}

// Checks each row and hands it to the sink. Keeps, per question, what the
// checks across rows need: the options seen, each (option, unit) listed,
// the running sum, and whether rows have a unit.
class Totals {
public:
    Totals(const ExportMapping& mapping, BallotSink& sink) : mapping_(mapping), sink_(sink) {}

    void row(const Row& r, const RowPlace& place) {
        std::string_view question = trim_blanks(r.question);
        if (question.empty()) fail(place, Column::question, "the question is empty: each row names the question its votes are for");
        if (question.size() > limits::kMaxIdBytes)
            fail(place, Column::question, "question id longer than " + std::to_string(limits::kMaxIdBytes) + " bytes");
        std::string_view unit = trim_blanks(r.unit);
        if (unit.size() > limits::kMaxIdBytes)
            fail(place, Column::unit, "unit longer than " + std::to_string(limits::kMaxIdBytes) + " bytes");
        if (names_a_sum(unit))
            fail(place, Column::unit,
                 "unit " + quoted(unit) +
                     " looks like the sum of the other units, not a unit: delete its rows (bargain adds up the units itself)");

        auto found = questions_.find(question);
        if (found == questions_.end()) {
            Question q;
            q.index = sink_.question(question);
            found = questions_.emplace(std::string(question), std::move(q)).first;
        }
        Question& q = found->second;

        std::string_view option = trim_blanks(r.option);
        if (option.empty())
            fail(place, Column::option,
                 "the option is empty: name the answer these votes are for (yes, no, abstain, blank, void, or a "
                 "word mapped with --answer)");
        Answer answer = answer_of(option, question, q, place);
        long long votes = votes_of(r.votes, place);

        std::string folded = fold_word(option);
        auto [listed, added] = q.listed.try_emplace({folded, std::string(unit)}, r.line);
        if (!added)
            fail(place, Column::option,
                 "option " + quoted(option) + " of " + quoted(question) +
                     (unit.empty() ? std::string() : " in unit " + quoted(unit)) + " is listed twice (first at line " +
                     std::to_string(listed->second) +
                     "): a totals file lists each option once, and adding both could count the same votes twice");

        long long& mine = unit.empty() ? q.first_without_unit : q.first_with_unit;
        long long other = unit.empty() ? q.first_with_unit : q.first_without_unit;
        if (other)
            fail(place, Column::unit,
                 unit.empty() ? "this row of " + quoted(question) + " has no unit, but the row at line " +
                                    std::to_string(other) + " has one: is this row the units' total? Give each row of " +
                                    quoted(question) + " its unit, or delete the total"
                              : "this row of " + quoted(question) + " has a unit, but the row at line " +
                                    std::to_string(other) + " has none: is that row the units' total? Give each row of " +
                                    quoted(question) + " its unit, or delete the total");
        if (!mine) mine = r.line;

        if (votes > kMaxTotalVotes - q.votes)
            fail(place, Column::votes,
                 "the votes of " + quoted(question) + " add up to more than " + std::to_string(kMaxTotalVotes) +
                     ", the most one file may give a question");
        q.votes += votes;

        bool known = false;
        for (const std::string& o : q.options) known = known || fold_word(o) == folded;
        if (!known) q.options.emplace_back(option);

        if (q.index == kSkipQuestion) return;
        SiteReturn ret;
        ret.line = r.line;
        ret.unit = unit;
        AnswerCounts counts;
        counts.add(answer, votes);
        ret.counts.emplace_back(q.index, counts);
        // A row the tally cannot place ends the file, as the reader's own
        // problems do: unwound to read_totals().
        if (auto refused = sink_.site_return(ret)) throw InputError(std::move(*refused));
    }

private:
    struct Question {
        std::uint32_t index = kSkipQuestion;  // the sink's
        std::vector<std::string> options;     // as first written, in file order
        std::map<std::pair<std::string, std::string>, long long> listed;  // (folded option, unit) -> line
        long long votes = 0;
        long long first_with_unit = 0, first_without_unit = 0;  // lines; 0 for none yet
    };

    // The built-in words (yes, no, abstain, and here also blank and void,
    // the names bargain's reports give them), then the mapped ones. Any
    // other option is refused: counting it as void would put a vendor's
    // "Accept" among the spoiled papers.
    Answer answer_of(std::string_view option, std::string_view question, const Question& q,
                     const RowPlace& place) const {
        bool mapped_void = false;
        Answer a = mapping_.answers.read(option, &mapped_void);
        if (a != Answer::spoiled || mapped_void) return a;
        std::string folded = fold_word(option);
        if (folded == "blank") return Answer::blank;
        if (folded == "void") return Answer::spoiled;
        std::string what = "option " + quoted(option) + " of " + quoted(question);
        if (names_a_sum(option))
            fail(place, Column::option,
                 what + " looks like the sum of the other options, not an answer: delete its row (bargain adds up "
                        "the options itself)");
        std::optional<Answer> meant = likely_answer(option);
        std::string name = meant ? answer_name(*meant) : "ANSWER";
        std::string message = what + " is not an answer";
        if (!q.options.empty()) message += " (its options so far: " + names_list(q.options, 10) + ")";
        message += ": map it with --answer " + shell_word(option) + "=" + name + " (or answers: {" + name + ": [" +
                   yaml_flow(option) + "]} in the campaign vote)";
        if (!meant) message += ", ANSWER being yes, no, abstain, blank or void";
        fail(place, Column::option, std::move(message));
    }

    const ExportMapping& mapping_;
    BallotSink& sink_;
    std::map<std::string, Question, std::less<>> questions_;
};

// ---- CSV -------------------------------------------------------------------

constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
using ColumnIndex = std::array<std::size_t, kColumnKinds>;  // column -> field, or kAbsent

class CsvRowPlace : public RowPlace {
public:
    CsvRowPlace(const CsvReader& csv, const ColumnIndex& at) : csv_(csv), at_(at) {}
    Diagnostic at(Column c, std::string message) const override {
        std::size_t i = at_[static_cast<std::size_t>(c)];
        return csv_.at_field(i == kAbsent ? 0 : i, std::move(message));
    }

private:
    const CsvReader& csv_;
    const ColumnIndex& at_;
};

// "the totals file has no 'votes' column; its columns are: Question, Choice,
// Count. Map it with --column votes=Count (or columns: {votes: Count} in the campaign vote)"
std::string missing_columns_message(const std::vector<std::string>& header, const ColumnIndex& at,
                                    const ColumnMap& columns, const std::vector<Column>& missing,
                                    const std::string& delimiter_note) {
    std::vector<bool> used(header.size(), false);
    bool ballot_file = false;
    for (std::size_t c = 0; c < kColumnKinds; ++c)
        if (at[c] != kAbsent) used[at[c]] = true;
    for (std::size_t i = 0; i < header.size(); ++i) {
        auto c = columns.column_of(header[i], true);
        ballot_file = ballot_file || c == Column::voter || c == Column::ballot || c == Column::cast_at;
    }

    std::vector<std::string> named;  // each missing column, as the message names it
    std::string flags, yaml;
    bool placeholder = false;
    for (std::size_t k = 0; k < missing.size(); ++k) {
        Column c = missing[k];
        const char* key = column_key(c);
        if (const MappedHeader* m = columns.find(c))
            named.push_back(quoted(m->header) + " (" + key + ", mapped by " + where_text(m->where) + ")");
        else
            named.push_back(std::string("'") + key + "'");
        std::vector<std::string> unused;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (!used[i] && !header[i].empty()) unused.push_back(header[i]);
        std::optional<std::string> hint = likely_header(c, unused);
        for (std::size_t i = 0; i < header.size() && hint; ++i)
            if (!used[i] && header[i] == *hint) {
                used[i] = true;
                break;
            }
        placeholder = placeholder || !hint;
        if (k) flags += ' ', yaml += ", ";
        flags += std::string("--column ") + key + "=" + (hint ? shell_word(*hint) : "HEADER");
        yaml += std::string(key) + ": " + (hint ? yaml_flow(*hint) : "HEADER");
    }
    std::string found = names_list(header, 20);
    // A header split at the wrong delimiter has none of its columns: that
    // comes before any mapping.
    std::string map = delimiter_note.empty() ? "Map " : "T" + delimiter_note.substr(1) + "; if not, map ";
    std::string message = "the totals file has no " + joined_or(named) + " column; " +
                          (found.empty() ? std::string("its header row is empty") : "its columns are: " + found) +
                          ". " + map + (missing.size() == 1 ? "it" : "them") + " with " + flags +
                          " (or columns: {" + yaml + "} in the campaign vote)";
    if (placeholder) message += ", HEADER being the header of the column that holds it";
    if (ballot_file)
        message += ". A header with voter, ballot or cast_at is a ballot file's: tally it as ballots, not as totals";
    return message;
}

Result<TotalsFacts> read_csv(Input& in, const ExportMapping& mapping, BallotSink& sink) {
    CsvOptions options;
    options.delimiter = mapping.delimiter;
    CsvReader csv(in, options);
    TotalsFacts facts;
    facts.format = FileFormat::csv;
    if (!csv.next()) {
        if (csv.error()) return *csv.error();
        return Diagnostic{in.name(), 1, 1,
                          "empty totals file: expected a header row with question, option and votes columns "
                          "(and optionally unit)"};
    }
    facts.delimiter = csv.delimiter();
    facts.encoding = csv.encoding();

    ColumnIndex at;
    at.fill(kAbsent);
    const auto& head = csv.fields();
    for (std::size_t i = 0; i < head.size(); ++i) {
        std::string_view name = trim_blanks(head[i]);
        facts.header.emplace_back(name);
        auto c = mapping.columns.column_of(name, true);
        // A voter or cast_at column has no meaning in totals: ignored, like "Percentage".
        if (!c || *c == Column::voter || *c == Column::ballot || *c == Column::cast_at) continue;
        std::size_t& slot = at[static_cast<std::size_t>(*c)];
        if (slot != kAbsent)
            return csv.at_field(i, std::string("the header has two '") + column_key(*c) + "' columns: " +
                                       quoted(facts.header[slot]) + " (column " + std::to_string(slot + 1) + ") and " +
                                       quoted(name) + " (column " + std::to_string(i + 1) + ")");
        slot = i;
    }
    std::vector<Column> missing;
    for (Column c : {Column::question, Column::option, Column::votes})
        if (at[static_cast<std::size_t>(c)] == kAbsent) missing.push_back(c);
    char header_other = csv.other_delimiter();  // for a row that does not fit (sniffed_delimiter_note)
    if (!missing.empty()) {
        if (auto refused = forced_delimiter_splits_nothing(csv, mapping)) return *refused;
        return Diagnostic{in.name(), csv.line(), 1,
                          missing_columns_message(facts.header, at, mapping.columns, missing,
                                                  sniffed_delimiter_note(csv, header_other, true))};
    }

    auto field = [&](Column c) -> std::string_view {
        std::size_t i = at[static_cast<std::size_t>(c)];
        return i == kAbsent ? std::string_view() : csv.fields()[i];
    };
    Totals totals(mapping, sink);
    CsvRowPlace place(csv, at);
    std::size_t width = head.size();
    while (csv.next()) {
        const auto& fields = csv.fields();
        bool empty = true;
        for (std::string_view f : fields) empty = empty && trim_blanks(f).empty();
        if (empty) {  // a spreadsheet's leftover row, whatever its width
            ++facts.empty_rows;
            continue;
        }
        if (fields.size() != width) {
            std::size_t where = std::min(fields.size(), width) - (fields.size() < width ? 1 : 0);
            std::string message = row_width_message(fields.size(), width);
            std::string note = sniffed_delimiter_note(csv, header_other);
            if (!note.empty()) message += ": " + note;
            return csv.at_field(where, std::move(message));
        }
        ++facts.rows;
        totals.row(Row{csv.line(), field(Column::question), field(Column::option), field(Column::votes),
                       field(Column::unit)},
                   place);
    }
    if (csv.error()) return *csv.error();
    facts.empty_rows += csv.blank_lines();
    return facts;
}

// ---- YAML ------------------------------------------------------------------

class YamlRowPlace : public RowPlace {
public:
    YamlRowPlace(const std::string& file, const YamlNode& entry) : file_(file), entry_(entry) {}
    void set(Column c, const YamlNode* n) { nodes_[static_cast<std::size_t>(c)] = n; }
    Diagnostic at(Column c, std::string message) const override {
        const YamlNode* n = nodes_[static_cast<std::size_t>(c)];
        if (!n) n = &entry_;
        return Diagnostic{file_, n->line, n->column, std::move(message)};
    }

private:
    const std::string& file_;
    const YamlNode& entry_;
    std::array<const YamlNode*, kColumnKinds> nodes_{};
};

class YamlTotals : public YamlTopLevel {
public:
    YamlTotals(Input& in, const ExportMapping& mapping, BallotSink& sink)
        : in_(in), r_(in.name()), sink_(sink), totals_(mapping, sink) {}

    long long rows() const { return rows_; }

    Take key(const YamlNode& key) override {
        static const std::vector<std::string> known = {"bargain", "questions", "totals"};
        if (key.value == "totals") return Take::each_item;
        if (key.value == "bargain" || key.value == "questions") return Take::whole;
        unknown_key(key, known, "; a totals file has " + joined_and(known));
    }

    void value(const YamlNode& key, YamlNode&& v) override {
        read_yaml_header_value(in_.name(), key, v, [&](const YamlNode& id, const std::string& text) {
            std::string_view name = trim_blanks(id.value);
            if (name.empty()) fail(id, "a question id cannot be empty");
            if (name.size() > limits::kMaxIdBytes)
                fail(id, "question id longer than " + std::to_string(limits::kMaxIdBytes) + " bytes");
            std::uint32_t q = sink_.question(name);
            if (q != kSkipQuestion) sink_.question_text(q, text);
        });
    }

    void item(const YamlNode&, YamlNode&& v) override {
        if (v.kind != YamlNode::Kind::map)
            fail(v, std::string("each entry under 'totals' should be a mapping ({question: ..., option: ..., "
                                "votes: ...}), found ") +
                        v.kind_name());
        static const std::vector<std::string> known = {"question", "option", "votes", "unit"};
        ++rows_;
        Row row;
        row.line = v.line;
        YamlRowPlace place(in_.name(), v);
        bool has[kColumnKinds] = {};
        for (const auto& entry : v.entries) {
            const YamlNode& k = entry.first;
            const YamlNode& value = entry.second;
            auto c = column_named(k.value);
            if (!c || (*c != Column::question && *c != Column::option && *c != Column::votes && *c != Column::unit))
                unknown_key(k, known, "; a total has " + joined_and(known));
            if (value.kind != YamlNode::Kind::null && !value.is_scalar())
                fail(value, "'" + k.value + "' should be " + (*c == Column::votes ? "a whole number" : "text") +
                                ", found " + value.kind_name());
            // A quoted value that runs on over lines has lost its closing quote.
            if (value.value.find('\n') != std::string::npos)
                fail(value, "this value runs on over several lines: is a closing quote missing?");
            has[static_cast<std::size_t>(*c)] = true;
            place.set(*c, &value);
            std::string_view text = value.value;
            switch (*c) {
                case Column::question: row.question = text; break;
                case Column::option: row.option = text; break;
                case Column::votes: row.votes = text; break;
                default: row.unit = text; break;
            }
        }
        for (Column c : {Column::question, Column::option, Column::votes})
            if (!has[static_cast<std::size_t>(c)])
                fail(v, std::string("this total has no '") + column_key(c) +
                            "': each entry under 'totals' has question, option and votes (and optionally unit)");
        totals_.row(row, place);
    }

private:
    [[noreturn]] void fail(const YamlNode& n, std::string message) const { throw InputError(r_.at(n, std::move(message))); }
    // As the other readers say it, with the key shown visibly: a totals file
    // is copied from a PDF, whose keys can hold anything.
    [[noreturn]] void unknown_key(const YamlNode& key, const std::vector<std::string>& known, std::string after) const {
        throw InputError(r_.at(key, "unknown key '" + visible(key.value) + "'" + after,
                               suggestion(key.value, known)));
    }

    Input& in_;
    YamlReader r_;  // for the places of its problems
    BallotSink& sink_;
    Totals totals_;
    long long rows_ = 0;
};

// The encoding a YAML file's byte order mark says (the YAML adapter reads
// every one of them, or says what is wrong).
TextEncoding mark_of(Input& in) {
    std::string_view head = in.peek(3);
    if (head.substr(0, 3) == "\xef\xbb\xbf") return TextEncoding::utf8_bom;
    if (head.substr(0, 2) == "\xff\xfe") return TextEncoding::utf16le;
    if (head.substr(0, 2) == "\xfe\xff") return TextEncoding::utf16be;
    return TextEncoding::utf8;
}

Result<TotalsFacts> read_yaml(Input& in, const ExportMapping& mapping, BallotSink& sink) {
    TotalsFacts facts;
    facts.format = FileFormat::yaml;
    facts.encoding = mark_of(in);
    YamlTotals reader(in, mapping, sink);
    if (auto error = stream_yaml(in, reader)) return *error;
    facts.rows = reader.rows();
    return facts;
}

}  // namespace

Result<TotalsFacts> read_totals(Input& in, std::uint32_t, const TotalsReadOptions& options, BallotSink& sink) {
    static const ExportMapping kDefaults;
    const ExportMapping& mapping = options.mapping ? *options.mapping : kDefaults;
    try {
        if (guess_format(in) == FileFormat::yaml) return read_yaml(in, mapping, sink);
        return read_csv(in, mapping, sink);
    } catch (const InputError& e) {
        return e.diagnostic();
    }
}

}  // namespace bargain
