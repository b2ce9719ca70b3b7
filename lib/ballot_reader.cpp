#include "ballot_reader.h"

#include <array>
#include <string>
#include <vector>

#include "csv_reader.h"
#include "file_format.h"
#include "input_limits.h"
#include "suggest.h"
#include "text.h"
#include "yaml_source.h"

namespace bargain {

namespace {

enum class Role { voter, ballot, unit, cast_at, question };

Role role_of(std::string_view name) {
    if (equals_lower(name, "voter")) return Role::voter;
    if (equals_lower(name, "ballot")) return Role::ballot;
    if (equals_lower(name, "unit")) return Role::unit;
    if (equals_lower(name, "cast_at")) return Role::cast_at;
    return Role::question;
}

const char* role_name(Role r) {
    switch (r) {
        case Role::voter: return "voter id";
        case Role::ballot: return "ballot serial";
        case Role::unit: return "unit";
        case Role::cast_at: return "cast_at";
        case Role::question: return "question id";
    }
    return "?";
}

// An id from a cell or scalar: blanks around it dropped, length bounded.
// `where` makes the Diagnostic's location, only when there is an error: this
// runs for every cell of a million-row file.
template <class Where>
std::string_view read_id(std::string_view text, Role role, const Where& where) {
    text = trim(text);
    if (text.size() > limits::kMaxIdBytes) {
        Diagnostic d = where();
        d.message = std::string(role_name(role)) + " longer than " + std::to_string(limits::kMaxIdBytes) + " bytes";
        throw InputError(d);
    }
    return text;
}

template <class Where>
std::optional<DateTime> read_cast_at(std::string_view text, const Where& where) {
    text = trim(text);
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
    BallotBatch(BallotSink& sink, std::uint32_t file) : sink_(sink) {
        for (BallotRecord& r : held_) r.file = file;
    }

    // The next record to fill.
    BallotRecord& open(long long line) {
        BallotRecord& r = held_[n_];
        r.line = line;
        r.voter = r.ballot = r.unit = {};
        r.cast_at.reset();
        r.marks.clear();
        return r;
    }
    void close() {
        if (++n_ == held_.size()) flush();
    }
    void flush() {
        size_t n = n_;
        n_ = 0;
        sink_.ballots(std::span<const BallotRecord>(held_.data(), n));
    }

private:
    BallotSink& sink_;
    std::array<BallotRecord, 32> held_;
    size_t n_ = 0;
};

Result<long long> read_csv(Input& in, std::uint32_t file, BallotSink& sink) {
    CsvReader csv(in);
    if (!csv.next()) {
        if (csv.error()) return *csv.error();
        return Diagnostic{in.name(), 1, 1,
                          "empty ballot file: expected a header row (voter, ballot, unit, cast_at "
                          "and one column per question)"};
    }
    struct Column {
        Role role;
        std::uint32_t question = kSkipQuestion;
    };
    std::vector<Column> columns;
    std::vector<std::string> names;
    bool any_question = false;
    for (size_t i = 0; i < csv.fields().size(); ++i) {
        std::string_view name = read_id(csv.fields()[i], Role::question, [&] { return csv.at_field(i, ""); });
        if (name.empty())
            return csv.at_field(i, "column " + std::to_string(i + 1) + " of the header has no name");
        Role role = role_of(name);
        for (size_t j = 0; j < names.size(); ++j)
            if (names[j] == name || (role != Role::question && role_of(names[j]) == role))
                return csv.at_field(i, "column '" + std::string(name) + "' appears twice in the header (also column " +
                                           std::to_string(j + 1) + ")");
        names.emplace_back(name);
        Column c{role};
        if (c.role == Role::question) {
            any_question = true;
            c.question = sink.question(name);
        }
        columns.push_back(c);
    }
    if (!any_question)
        return csv.at_field(0, "the header names no question: every column other than voter, ballot, unit "
                               "and cast_at is a question");

    BallotBatch batch(sink, file);
    long long records = 0;
    for (;;) {
        CsvReader::Step step = csv.next_in_place();
        if (step == CsvReader::Step::must_move) {
            batch.flush();  // its views are about to move
            step = csv.next() ? CsvReader::Step::record : CsvReader::Step::end;
        }
        if (step == CsvReader::Step::end) break;
        const auto& fields = csv.fields();
        if (fields.size() != columns.size()) {
            batch.flush();  // an earlier ballot's error comes first
            size_t at = std::min(fields.size(), columns.size()) - (fields.size() < columns.size() ? 1 : 0);
            return csv.at_field(at, row_width_message(fields.size(), columns.size()));
        }
        ++records;
        BallotRecord& record = batch.open(csv.line());
        try {
            for (size_t i = 0; i < columns.size(); ++i) {
                auto here = [&] { return csv.at_field(i, ""); };
                Role role = columns[i].role;
                switch (role) {
                    case Role::voter:
                    case Role::ballot:
                    case Role::unit: {
                        std::string_view id = read_id(fields[i], role, here);
                        (role == Role::voter ? record.voter : role == Role::ballot ? record.ballot : record.unit) = id;
                        break;
                    }
                    case Role::cast_at: record.cast_at = read_cast_at(fields[i], here); break;
                    case Role::question:
                        if (columns[i].question != kSkipQuestion)
                            record.marks.push_back({columns[i].question, read_answer(fields[i])});
                        break;
                }
            }
        } catch (const InputError&) {
            batch.flush();
            throw;
        }
        batch.close();
    }
    batch.flush();
    if (csv.error()) return *csv.error();
    return records;
}

// ---- YAML ------------------------------------------------------------------

class YamlBallots : public YamlTopLevel {
public:
    YamlBallots(Input& in, std::uint32_t file, BallotSink& sink) : in_(in), sink_(sink) { record_.file = file; }

    long long records() const { return records_; }

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
        fail(key, "unknown key '" + key.value + "'" + did_you_mean(key.value, known) +
                      "; a ballot file has bargain, questions, ballots and returns");
    }

    void value(const YamlNode& key, YamlNode&& v) override {
        if (key.value == "bargain") {
            if (!v.is_scalar() || v.value != "1")
                fail(v, "unsupported format version: this bargain reads 'bargain: 1'");
            return;
        }
        // questions: {id: text}
        if (v.kind == YamlNode::Kind::null) return;
        if (v.kind != YamlNode::Kind::map)
            fail(v, std::string("'questions' should map each question id to its text, found ") + v.kind_name());
        // Plain references, not a structured binding: clang 14 cannot capture those in a lambda.
        for (const auto& entry : v.entries) {
            const YamlNode& id = entry.first;
            const YamlNode& text = entry.second;
            if (!text.is_scalar()) fail(text, std::string("a question's text should be text, found ") + text.kind_name());
            std::string_view name = read_id(id.value, Role::question, [&] { return where(id); });
            if (name.empty() || role_of(name) != Role::question)
                fail(id, "'" + id.value + "' cannot be a question id");
            std::uint32_t q = sink_.question(name);
            declared_.push_back(q);
            if (q != kSkipQuestion) sink_.question_text(q, text.value);
        }
    }

    void item(const YamlNode& key, YamlNode&& v) override {
        if (v.kind != YamlNode::Kind::map)
            fail(v, std::string("each entry under '") + key.value + "' should be a mapping ({voter: ..., ...}), found " +
                        v.kind_name());
        if (key.value == "ballots") ballot(v);
        else site_return(v);
    }

private:
    Diagnostic where(const YamlNode& n) const { return Diagnostic{in_.name(), n.line, n.column, ""}; }
    [[noreturn]] void fail(const YamlNode& n, std::string message) const {
        Diagnostic d = where(n);
        d.message = std::move(message);
        throw InputError(d);
    }

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

    void ballot(const YamlNode& v) {
        ++records_;
        record_.line = v.line;
        record_.voter = record_.ballot = record_.unit = {};
        record_.cast_at.reset();
        record_.marks.clear();
        for (const auto& entry : v.entries) {
            const YamlNode& k = entry.first;  // not a structured binding: lambdas capture these
            const YamlNode& value = entry.second;
            Role role = role_of(k.value);
            auto here = [&] { return where(value); };
            switch (role) {
                case Role::voter: record_.voter = read_id(scalar_text(k, value), role, here); break;
                case Role::ballot: record_.ballot = read_id(scalar_text(k, value), role, here); break;
                case Role::unit: record_.unit = read_id(scalar_text(k, value), role, here); break;
                case Role::cast_at: record_.cast_at = read_cast_at(scalar_text(k, value), here); break;
                case Role::question: {
                    std::string_view id = read_id(k.value, role, [&] { return where(k); });
                    if (id.empty()) fail(k, "a question id cannot be empty");
                    if (value.kind != YamlNode::Kind::null && !value.is_scalar())
                        fail(value, "the answer to '" + std::string(id) +
                                        "' should be yes, no, abstain or empty, found " + value.kind_name());
                    single_line(value);
                    std::uint32_t q = sink_.question(id);
                    if (q != kSkipQuestion) record_.marks.push_back({q, read_answer(value.value)});
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
        sink_.ballot(record_);
    }

    static long long count_of(const YamlNode& n, const YamlBallots& self) {
        if (!n.is_scalar() || n.value.empty() || n.value.size() > 12)
            self.fail(n, "a count should be a whole number, found " + std::string(n.kind_name()));
        long long v = 0;
        for (char c : n.value) {
            if (c < '0' || c > '9') self.fail(n, "a count should be a whole number of ballots");
            v = v * 10 + (c - '0');
        }
        return v;
    }

    void site_return(const YamlNode& v) {
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
                Role role = role_of(k.value);
                if (role != Role::question) fail(k, "'" + k.value + "' has no meaning in a return");
                if (value.kind != YamlNode::Kind::map)
                    fail(value, "the return for '" + k.value + "' should be counts like {yes: 4, no: 19}, found " +
                                    value.kind_name());
                AnswerCounts counts;
                static const std::vector<std::string> kinds = {"yes", "no", "abstain", "blank", "void"};
                for (const auto& [ck, cv] : value.entries) {
                    long long n = count_of(cv, *this);
                    if (ck.value == "yes") counts.yes = n;
                    else if (ck.value == "no") counts.no = n;
                    else if (ck.value == "abstain") counts.abstain = n;
                    else if (ck.value == "blank") counts.blank = n;
                    else if (ck.value == "void") counts.spoiled = n;
                    else fail(ck, "unknown count '" + ck.value + "'" + did_you_mean(ck.value, kinds) +
                                      "; a return counts yes, no, abstain, blank and void");
                }
                std::uint32_t q = sink_.question(read_id(k.value, role, [&] { return where(k); }));
                if (q != kSkipQuestion) r.counts.emplace_back(q, counts);
            }
        }
        sink_.site_return(r);
    }

    Input& in_;
    BallotSink& sink_;
    BallotRecord record_;
    long long records_ = 0;
    bool lists_started_ = false;
    std::vector<std::uint32_t> declared_;
};

Result<long long> read_yaml(Input& in, std::uint32_t file, BallotSink& sink) {
    YamlBallots reader(in, file, sink);
    if (auto error = stream_yaml(in, reader)) return *error;
    return reader.records();
}

}  // namespace

Result<long long> read_ballots(Input& in, std::uint32_t file, BallotSink& sink) {
    try {
        if (guess_format(in) == FileFormat::yaml) return read_yaml(in, file, sink);
        return read_csv(in, file, sink);
    } catch (const InputError& e) {
        return e.diagnostic();
    }
}

}  // namespace bargain
