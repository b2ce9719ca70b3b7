#include "tally/ballot_reader.h"

#include <array>
#include <string>
#include <vector>

#include "core/input_limits.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/visible.h"
#include "io/csv_reader.h"
#include "io/file_format.h"
#include "core/decimal.h"
#include "io/yaml_map.h"
#include "io/yaml_source.h"
#include "tally/mapping_hint.h"

namespace bargain {

namespace {

enum class Role { voter, ballot, unit, cast_at, question, ignored };

Role role_of(Column c) {
    switch (c) {
        case Column::voter: return Role::voter;
        case Column::ballot: return Role::ballot;
        case Column::unit: return Role::unit;
        case Column::cast_at: return Role::cast_at;
        default: return Role::question;
    }
}

// The role of a header under the mapping (the defaults without one).
Role role_of(std::string_view name, const ExportMapping* mapping) {
    std::optional<Column> c = mapping ? mapping->columns.column_of(name) : reserved_column(name);
    return c ? role_of(*c) : Role::question;
}

const char* role_name(Role r) {
    switch (r) {
        case Role::voter: return "voter id";
        case Role::ballot: return "ballot serial";
        case Role::unit: return "unit";
        case Role::cast_at: return "cast_at";
        case Role::question: return "question id";
        case Role::ignored: return "column";
    }
    return "?";
}

const char* column_word(Role r) {
    switch (r) {
        case Role::voter: return "voter";
        case Role::ballot: return "ballot";
        case Role::unit: return "unit";
        case Role::cast_at: return "cast_at";
        default: return "question";
    }
}

// An id from a cell or scalar: blanks around it dropped, length bounded.
// `where` makes the Diagnostic's location, only when there is an error: this
// runs for every cell of a million-row file.
template <class Where>
std::string_view read_id(std::string_view text, Role role, const Where& where) {
    text = trim_blanks(text);
    if (text.size() > limits::kMaxIdBytes) {
        Diagnostic d = where();
        d.message = std::string(role_name(role)) + " longer than " + std::to_string(limits::kMaxIdBytes) + " bytes";
        throw InputError(d);
    }
    return text;
}

template <class Where>
std::optional<DateTime> read_cast_at(std::string_view text, const Where& where) {
    text = trim_blanks(text);
    if (text.empty()) return std::nullopt;
    std::string why;
    auto dt = parse_datetime(text, &why);
    if (!dt) {
        Diagnostic d = where();
        std::string shown(text.substr(0, 40));
        d.message = "cast_at '" + shown + "': " + why;
        throw InputError(d);
    }
    return dt;
}

// ---- CSV -------------------------------------------------------------------

// CSV ballots reach the sink in batches (BallotSink::ballots), so that the
// tally can overlap a batch's roster look-ups. A batch's ids are views into
// the CSV reader's buffer, read with next_in_place(), so the batch is
// flushed before the reader moves its buffer.
class BallotBatch {
public:
    // A ballot the sink refuses (one the count cannot place) puts its
    // problem in `problems` and ends the file: the batch's later ballots
    // are not counted, and no ballot reaches the sink after it.
    BallotBatch(BallotSink& sink, std::uint32_t file, std::vector<Diagnostic>& problems)
        : sink_(sink), problems_(problems) {
        for (BallotRecord& r : held_) r.file = file;
    }

    // The next record to fill.
    BallotRecord& open(long long line) {
        BallotRecord& r = held_[n_];
        r.line = line;
        r.voter = r.ballot = r.unit = {};
        r.cast_at.reset();
        r.marks.clear();
        r.void_words.clear();
        r.unit_column = 0;
        return r;
    }
    void close() {
        if (++n_ == held_.size()) flush();
    }
    // Hands the held ballots to the sink. False once it has refused one.
    bool flush() {
        size_t n = n_;
        n_ = 0;
        if (refused_ || n == 0) return !refused_;
        if (auto refused = sink_.ballots(std::span<const BallotRecord>(held_.data(), n))) {
            problems_.push_back(std::move(*refused));
            refused_ = true;
        }
        return !refused_;
    }
    bool refused() const { return refused_; }

private:
    BallotSink& sink_;
    std::vector<Diagnostic>& problems_;
    std::array<BallotRecord, 32> held_;
    size_t n_ = 0;
    bool refused_ = false;
};

// The answer in a cell, and its word when it is void and not mapped to void.
inline void mark(BallotRecord& record, std::uint32_t question, std::string_view cell, const AnswerWords* words) {
    bool mapped_void = false;
    Answer a = words ? words->read(cell, &mapped_void) : read_answer(cell);
    record.marks.push_back({question, a});
    if (a == Answer::spoiled && !mapped_void) record.void_words.emplace_back(question, trim_blanks(cell));
}

// A row a spreadsheet leaves behind: every cell empty, or blanks only.
bool all_empty(const std::vector<std::string_view>& fields) {
    for (std::string_view f : fields)
        if (!trim_blanks(f).empty()) return false;
    return true;
}

std::string header_text(const std::vector<HeaderCell>& header) {
    std::string out;
    for (const HeaderCell& h : header) {
        if (!out.empty()) out += ", ";
        out += visible(h.name);
    }
    return out;
}

std::optional<BallotFileFacts> read_csv(Input& in, std::uint32_t file, const BallotReadOptions& options,
                                        BallotSink& sink, std::vector<Diagnostic>& problems) {
    const ExportMapping* mapping = options.mapping;
    CsvReader csv(in, CsvOptions{mapping ? mapping->delimiter : std::nullopt});
    auto refuse = [&](Diagnostic d) {
        problems.push_back(std::move(d));
        return std::nullopt;
    };
    if (!csv.next()) {
        if (csv.error()) return refuse(*csv.error());
        return refuse(Diagnostic{in.name(), 1, 1,
                                 "empty ballot file: expected a header row (voter, ballot, unit, cast_at "
                                 "and one column per question)"});
    }
    BallotFileFacts facts;
    facts.delimiter = csv.delimiter();
    facts.encoding = csv.encoding();
    struct Field {
        Role role;
        std::uint32_t question = kSkipQuestion;
    };
    std::vector<Field> columns;
    const auto& head = csv.fields();
    if (mapping)
        if (auto refused = forced_delimiter_splits_nothing(csv, *mapping)) return refuse(std::move(*refused));
    char header_other = csv.other_delimiter();  // for a row that does not fit (sniffed_delimiter_note)
    // Trailing header cells that are empty are a spreadsheet's leftovers
    // when their cells are empty too (checked on every row).
    size_t named = head.size();
    while (named > 0 && trim_blanks(head[named - 1]).empty()) --named;
    bool any_question = false;
    for (size_t i = 0; i < head.size(); ++i) {
        auto [line, column] = csv.field_place(i);
        if (i >= named) {
            columns.push_back(Field{Role::ignored});
            continue;
        }
        std::string_view name = trim_blanks(head[i]);
        if (name.size() > limits::kMaxIdBytes)
            return refuse(csv.at_field(i, "question id longer than " + std::to_string(limits::kMaxIdBytes) + " bytes"));
        if (name.empty())
            return refuse(csv.at_field(i, "column " + std::to_string(i + 1) + " of the header has no name"));
        Role role = role_of(name, mapping);
        for (size_t j = 0; j < facts.header.size(); ++j) {
            const std::string& before = facts.header[j].name;
            bool same = role == Role::question ? before == name || equals_lower(before, ascii_lower(name))
                                               : role_of(before, mapping) == role;
            if (same)
                return refuse(csv.at_field(
                    i, role == Role::question
                           ? "column '" + visible(name) + "' appears twice in the header (also column " +
                                 std::to_string(j + 1) + ")"
                           : "the '" + std::string(column_word(role)) + "' column appears twice in the header: '" +
                                 visible(before) + "' (column " + std::to_string(j + 1) + ") and '" + visible(name) +
                                 "'"));
        }
        facts.header.push_back(HeaderCell{std::string(name), line, column});
        facts.has_voter = facts.has_voter || role == Role::voter;
        facts.has_cast_at = facts.has_cast_at || role == Role::cast_at;
        Field c{role};
        if (c.role == Role::question) {
            any_question = true;
            c.question = sink.question(name);
        }
        columns.push_back(c);
    }
    if (!any_question)
        return refuse(csv.at_field(0, "the header names no question: every column other than " + columns_list(false) +
                                          " is a question (the header has: " + header_text(facts.header) + ")"));
    // The header row, for telling a second header (two exports joined with
    // `cat`) from a ballot.
    // Compared as reserved names are, in any case and after a BOM.
    std::vector<std::string> header_cells;
    for (size_t i = 0; i < named; ++i) header_cells.push_back(ascii_lower(trim_blanks(head[i])));
    auto is_header = [&](const std::vector<std::string_view>& f) {
        if (f.size() < named) return false;
        for (size_t i = 0; i < named; ++i)
            if (!equals_lower(trim_blanks(f[i]), header_cells[i])) return false;
        return true;
    };

    const AnswerWords* words = mapping && !mapping->answers.empty() ? &mapping->answers : nullptr;
    bool unit_places = sink.wants_unit_places();
    BallotBatch batch(sink, file, problems);
    // An earlier ballot's problem comes first; a row after a ballot the sink
    // refused is past where the file stopped, so its problem is not told.
    auto problem = [&](Diagnostic d) {
        if (batch.flush()) problems.push_back(std::move(d));
    };
    size_t first_problem = problems.size();
    auto too_many = [&] { return problems.size() - first_problem >= kMaxFileProblems; };
    for (;;) {
        if (batch.refused()) break;
        CsvReader::Step step = csv.next_in_place();
        if (step == CsvReader::Step::must_move) {
            batch.flush();  // its views are about to move
            step = csv.next() ? CsvReader::Step::record : CsvReader::Step::end;
        }
        if (step == CsvReader::Step::end) break;
        const auto& fields = csv.fields();
        if (fields.size() != columns.size() && fields.size() != named) {
            if (all_empty(fields)) {  // a line of blanks, or of delimiters only
                ++facts.empty_rows;
                continue;
            }
            size_t at = std::min(fields.size(), columns.size()) - (fields.size() < columns.size() ? 1 : 0);
            std::string message = row_width_message(fields.size(), columns.size());
            std::string note = sniffed_delimiter_note(csv, header_other);
            if (!note.empty()) message += ": " + note;
            problem(csv.at_field(at, std::move(message)));
            if (too_many()) break;
            continue;
        }
        if (all_empty(fields)) {
            ++facts.empty_rows;
            continue;
        }
        if (is_header(fields)) {
            problem(csv.at_field(0, "this row repeats the header: are two exports joined here? Keep one header "
                                    "row, at the top"));
            if (too_many()) break;
            continue;
        }
        BallotRecord& record = batch.open(csv.line());
        try {
            for (size_t i = 0; i < fields.size(); ++i) {
                auto here = [&] { return csv.at_field(i, ""); };
                Role role = columns[i].role;
                switch (role) {
                    case Role::voter:
                    case Role::ballot:
                    case Role::unit: {
                        std::string_view id = read_id(fields[i], role, here);
                        (role == Role::voter ? record.voter : role == Role::ballot ? record.ballot : record.unit) = id;
                        if (role == Role::unit && id.empty() && unit_places) record.unit_column = csv.field_column(i);
                        break;
                    }
                    case Role::cast_at: record.cast_at = read_cast_at(fields[i], here); break;
                    case Role::question:
                        if (columns[i].question != kSkipQuestion) mark(record, columns[i].question, fields[i], words);
                        break;
                    case Role::ignored:
                        if (!trim_blanks(fields[i]).empty()) {
                            Diagnostic d = here();
                            d.message = "this cell is in column " + std::to_string(i + 1) +
                                        ", which has no name in the header: name the column, or remove the cell";
                            throw InputError(d);
                        }
                        break;
                }
            }
        } catch (const InputError& e) {
            problem(e.diagnostic());
            if (too_many()) break;
            continue;
        }
        ++facts.records;
        batch.close();
        if (too_many()) break;
    }
    batch.flush();
    if (csv.error()) return refuse(*csv.error());
    if (too_many())
        problems.push_back(Diagnostic{in.name(), csv.line(), 0,
                                      "stopped reading after " + std::to_string(kMaxFileProblems) +
                                          " problems in this file"});
    facts.empty_rows += csv.blank_lines();
    return facts;
}

// ---- YAML ------------------------------------------------------------------

class YamlBallots : public YamlTopLevel {
public:
    YamlBallots(Input& in, std::uint32_t file, const BallotReadOptions& options, BallotSink& sink,
                std::vector<Diagnostic>& problems)
        : in_(in), r_(in.name()), mapping_(options.mapping), sink_(sink), problems_(problems),
          first_problem_(problems.size()) {
        record_.file = file;
        facts_.yaml = true;
        if (mapping_ && !mapping_->answers.empty()) words_ = &mapping_->answers;
    }

    BallotFileFacts& facts() { return facts_; }

    Take key(const YamlNode& key) override {
        static const std::vector<std::string> known = {"bargain", "questions", "ballots", "returns"};
        if (key.value == "ballots" || key.value == "returns") {
            lists_started_ = true;
            return Take::each_item;
        }
        if (key.value == "bargain" || key.value == "questions") {
            if (key.value == "questions" && lists_started_)
                fail(key, "put 'questions:' before 'ballots:' and 'returns:'");
            return Take::whole;
        }
        r_.unknown_key(key, "", known, "; a ballot file has " + joined_and(known));
        return Take::whole;  // not reached: r_ stops at the first problem
    }

    void value(const YamlNode& key, YamlNode&& v) override {
        read_yaml_header_value(in_.name(), key, v, [&](const YamlNode& id, const std::string& text) {
            std::string_view name = read_id(id.value, Role::question, [&] { return where(id); });
            if (name.empty() || role_of(name, mapping_) != Role::question)
                fail(id, "'" + id.value + "' cannot be a question id");
            std::uint32_t q = sink_.question(name);
            declared_.push_back(q);
            if (q != kSkipQuestion) sink_.question_text(q, text);
        });
    }

    void item(const YamlNode& key, YamlNode&& v) override {
        // A bad entry is reported and left out; reading goes on to the next.
        std::optional<Diagnostic> refused;
        try {
            if (v.kind != YamlNode::Kind::map)
                fail(v, std::string("each entry under '") + key.value +
                            "' should be a mapping ({voter: ..., ...}), found " + v.kind_name());
            refused = key.value == "ballots" ? ballot(v) : site_return(v);
        } catch (const InputError& e) {
            problems_.push_back(e.diagnostic());
            if (problems_.size() - first_problem_ >= kMaxFileProblems)
                fail(v, "stopped reading after " + std::to_string(kMaxFileProblems) + " problems in this file");
        }
        // An entry the sink refused ends the file: unwound to read_yaml().
        if (refused) throw InputError(std::move(*refused));
    }

private:
    Diagnostic where(const YamlNode& n) const { return r_.at(n, ""); }
    [[noreturn]] void fail(const YamlNode& n, std::string message) const { throw InputError(r_.at(n, std::move(message))); }

    std::string_view scalar_text(const YamlNode& key, const YamlNode& v) const {
        if (v.kind == YamlNode::Kind::null) return {};
        if (!v.is_scalar()) fail(v, "'" + key.value + "' should be text, found " + v.kind_name());
        single_line(v);
        return v.value;
    }

    // Ids and answers are one line. A quoted one that runs on over several
    // lines has lost its closing quote, and would swallow the ballots after it.
    void single_line(const YamlNode& v) const {
        if (v.value.find('\n') != std::string::npos)
            fail(v, "this value runs on over several lines: is a closing quote missing?");
    }

    // The key's role; the first time a key is seen it joins the file's
    // "header", which messages list and checks look in.
    Role role_of_key(const YamlNode& k) {
        Role role = role_of(k.value, mapping_);
        if (facts_.header.size() < 256) {
            bool known = false;
            for (const HeaderCell& h : facts_.header) known = known || h.name == k.value;
            if (!known) facts_.header.push_back(HeaderCell{k.value, k.line, k.column});
        }
        facts_.has_voter = facts_.has_voter || role == Role::voter;
        facts_.has_cast_at = facts_.has_cast_at || role == Role::cast_at;
        return role;
    }

    // A record that names a role twice ({voter: V2, Voter: V1}) or a
    // question twice ({accept: yes, " accept": yes}) would be read as one
    // of them, silently: a voter changed, or a ballot counted twice. Keys are
    // compared as headers are: trimmed, in any case. A record has few keys,
    // so they are compared pairwise, allocating nothing: a YAML file's
    // reading speed is its records'.
    void repeated_question(const YamlNode& record, std::size_t i, std::string_view id) const {
        const YamlNode& k = record.entries[i].first;
        for (std::size_t j = 0; j < i; ++j) {
            const YamlNode& before = record.entries[j].first;
            if (equals_ascii_folded(trim_blanks(before.value), id) && role_of(before.value, mapping_) == Role::question)
                fail(k, "the question '" + visible(id) + "' appears twice in this ballot: '" + visible(before.value) +
                            "' (line " + std::to_string(before.line) + ") and '" + visible(k.value) + "'");
        }
    }

    std::optional<Diagnostic> ballot(const YamlNode& v) {
        record_.line = v.line;
        record_.voter = record_.ballot = record_.unit = {};
        record_.cast_at.reset();
        record_.marks.clear();
        record_.void_words.clear();
        record_.unit_column = 0;
        bool unit_given = false;
        // The key that gave each of voter, ballot, unit and cast_at, for
        // telling a second one (see repeated_question).
        std::array<const YamlNode*, 4> given{};
        for (std::size_t i = 0; i < v.entries.size(); ++i) {
            const YamlNode& k = v.entries[i].first;  // not a structured binding: lambdas capture these
            const YamlNode& value = v.entries[i].second;
            Role role = role_of_key(k);
            if (role < Role::question) {
                const YamlNode*& first = given[static_cast<std::size_t>(role)];
                if (first)
                    fail(k, "the '" + std::string(column_word(role)) + "' key appears twice in this ballot: '" +
                                visible(first->value) + "' (line " + std::to_string(first->line) + ") and '" +
                                visible(k.value) + "'");
                first = &k;
            }
            auto here = [&] { return where(value); };
            switch (role) {
                case Role::voter: record_.voter = read_id(scalar_text(k, value), role, here); break;
                case Role::ballot: record_.ballot = read_id(scalar_text(k, value), role, here); break;
                case Role::unit:
                    record_.unit = read_id(scalar_text(k, value), role, here);
                    unit_given = true;
                    if (record_.unit.empty()) record_.unit_column = value.column;
                    break;
                case Role::ignored: break;
                case Role::cast_at: record_.cast_at = read_cast_at(scalar_text(k, value), here); break;
                case Role::question: {
                    std::string_view id = read_id(k.value, role, [&] { return where(k); });
                    if (id.empty()) fail(k, "a question id cannot be empty");
                    repeated_question(v, i, id);
                    if (value.kind != YamlNode::Kind::null && !value.is_scalar())
                        fail(value, "the answer to '" + std::string(id) +
                                        "' should be yes, no, abstain or empty, found " + value.kind_name());
                    single_line(value);
                    std::uint32_t q = sink_.question(id);
                    if (q != kSkipQuestion) mark(record_, q, value.value, words_);
                    break;
                }
            }
        }
        // A question the file declares but this ballot leaves out was left
        // blank on the paper.
        for (std::uint32_t q : declared_) {
            if (q == kSkipQuestion) continue;
            bool answered = false;
            for (const Mark& m : record_.marks) answered = answered || m.question == q;
            if (!answered) record_.marks.push_back({q, Answer::blank});
        }
        if (!unit_given) record_.unit_column = v.column;
        ++facts_.records;
        return sink_.ballot(record_);
    }

    // Up to twelve digits: a site's paper ballots, far from what adding up
    // thousands of returns could overflow.
    long long count_of(const YamlNode& n) const {
        Decimal d = n.is_scalar() ? parse_count(n.value, 999'999'999'999) : Decimal{0, DecimalProblem::not_a_number};
        if (d) return d.scaled;
        if (!n.is_scalar() || n.value.empty() || d.problem == DecimalProblem::too_large)
            fail(n, "a count should be a whole number, found " + std::string(n.kind_name()));
        fail(n, "a count should be a whole number of ballots");
    }

    std::optional<Diagnostic> site_return(const YamlNode& v) {
        SiteReturn r;
        r.line = v.line;
        for (const auto& entry : v.entries) {
            const YamlNode& k = entry.first;  // not a structured binding: lambdas capture these
            const YamlNode& value = entry.second;
            if (k.value == "unit") {
                r.unit = read_id(scalar_text(k, value), Role::unit, [&] { return where(value); });
            } else if (k.value == "site") {
                r.site = scalar_text(k, value);
            } else {
                Role role = role_of(k.value, mapping_);
                if (role != Role::question) fail(k, "'" + k.value + "' has no meaning in a return");
                if (value.kind != YamlNode::Kind::map)
                    fail(value, "the return for '" + k.value + "' should be counts like {yes: 4, no: 19}, found " +
                                    value.kind_name());
                AnswerCounts counts;
                static const std::vector<std::string> kinds = {"yes", "no", "abstain", "blank", "void"};
                for (const auto& [ck, cv] : value.entries) {
                    long long n = count_of(cv);
                    if (ck.value == "yes") counts.yes = n;
                    else if (ck.value == "no") counts.no = n;
                    else if (ck.value == "abstain") counts.abstain = n;
                    else if (ck.value == "blank") counts.blank = n;
                    else if (ck.value == "void") counts.spoiled = n;
                    else r_.problem(ck, "unknown count '" + ck.value + "'; a return counts " + joined_and(kinds),
                                    suggestion(ck.value, kinds));
                }
                std::uint32_t q = sink_.question(read_id(k.value, role, [&] { return where(k); }));
                if (q != kSkipQuestion) r.counts.emplace_back(q, counts);
            }
        }
        return sink_.site_return(r);
    }

    Input& in_;
    YamlReader r_;  // stops at the first problem of an entry
    const ExportMapping* mapping_;
    const AnswerWords* words_ = nullptr;
    BallotSink& sink_;
    std::vector<Diagnostic>& problems_;
    std::size_t first_problem_;
    BallotFileFacts facts_;
    BallotRecord record_;
    bool lists_started_ = false;
    std::vector<std::uint32_t> declared_;
};

std::optional<BallotFileFacts> read_yaml(Input& in, std::uint32_t file, const BallotReadOptions& options,
                                         BallotSink& sink, std::vector<Diagnostic>& problems) {
    YamlBallots reader(in, file, options, sink, problems);
    if (auto error = stream_yaml(in, reader)) {
        problems.push_back(*error);
        return std::nullopt;
    }
    return std::move(reader.facts());
}

// A file that cannot give what the count needs from it: the window's
// cast_at, or the voter ids a roster is checked against.
void missing_columns(Input& in, const BallotFileFacts& facts, const BallotReadOptions& options,
                     std::vector<Diagnostic>& problems) {
    std::vector<std::string> names;
    for (const HeaderCell& h : facts.header) names.push_back(h.name);
    std::string found = facts.yaml ? "its ballots have the keys: " : "its columns are: ";
    found += header_text(facts.header);
    Diagnostic d{in.name(), 1, 1, ""};
    if (!facts.header.empty()) {
        d.line = facts.header.front().line;
        d.column = facts.header.front().column;
    }
    if (options.window && !facts.has_cast_at && facts.records > 0) {
        d.message = "the count has a voting window (--opens/--closes, or the vote's opens: and closes:) but "
                    "this file has no cast_at column, so the window cannot be applied to it; " + found + ". Map the column that says when each ballot "
                    "was cast: " + column_hint(Column::cast_at, likely_header(Column::cast_at, names));
        problems.push_back(d);
    }
    if (options.roster && !facts.has_voter && facts.records > 0) {
        d.message = "a roster is given but this file has no voter column, so none of its ballots can be checked "
                    "against the roster; " + found + ". Map the column that holds each voter's id: " +
                    column_hint(Column::voter, likely_header(Column::voter, names));
        problems.push_back(d);
    }
}

}  // namespace

void read_yaml_header_value(const std::string& file, const YamlNode& key, const YamlNode& v,
                            const std::function<void(const YamlNode& id, const std::string& text)>& question) {
    auto fail = [&](const YamlNode& n, std::string message) {
        throw InputError(Diagnostic{file, n.line, n.column, std::move(message)});
    };
    if (key.value == "bargain") {
        if (!v.is_scalar() || v.value != "1") fail(v, "unsupported format version: this bargain reads 'bargain: 1'");
        return;
    }
    if (v.kind == YamlNode::Kind::null) return;
    if (v.kind != YamlNode::Kind::map)
        fail(v, std::string("'questions' should map each question id to its text, found ") + v.kind_name());
    for (const auto& [id, text] : v.entries) {
        if (!text.is_scalar()) fail(text, std::string("a question's text should be text, found ") + text.kind_name());
        question(id, text.value);
    }
}

std::optional<BallotFileFacts> read_ballots(Input& in, std::uint32_t file, const BallotReadOptions& options,
                                            BallotSink& sink, std::vector<Diagnostic>& problems) {
    std::optional<BallotFileFacts> facts;
    try {
        facts = guess_format(in) == FileFormat::yaml ? read_yaml(in, file, options, sink, problems)
                                                     : read_csv(in, file, options, sink, problems);
    } catch (const InputError& e) {
        problems.push_back(e.diagnostic());
        return std::nullopt;
    }
    if (facts) missing_columns(in, *facts, options, problems);
    return facts;
}

}  // namespace bargain
