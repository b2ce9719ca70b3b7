#include "tally/roster.h"

#include <algorithm>

#include "core/input_limits.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/visible.h"
#include "io/csv_reader.h"
#include "io/file_format.h"
#include "io/yaml_map.h"
#include "io/yaml_source.h"
#include "tally/mapping_hint.h"

namespace bargain {

namespace {

// Throws why an entry (its voter id and unit trimmed of blanks) cannot be on
// the roster whoever else is. `place` makes the location only when needed:
// this runs for every entry.
template <class Place>
void check_entry(std::string_view voter, std::string_view unit, const Place& place) {
    if (voter.empty()) {
        Diagnostic where = place();
        where.message = "a roster entry without a voter id";
        throw InputError(where);
    }
    if (voter.size() > limits::kMaxIdBytes || unit.size() > limits::kMaxIdBytes) {
        Diagnostic where = place();
        where.message = "id longer than " + std::to_string(limits::kMaxIdBytes) + " bytes";
        throw InputError(where);
    }
}

InputError listed_twice(Diagnostic where, std::string_view voter, long long first_line) {
    where.message = "voter '" + std::string(voter) + "' is on the roster twice (first at line " +
                    std::to_string(first_line) + ")";
    return InputError(where);
}

// Adds one entry, or throws the located reason it cannot be added.
template <class Place>
void enter(Roster& roster, const Roster::Key& key, std::string_view unit, long long line, const Place& place) {
    check_entry(key.id(), unit, place);
    long long first = 0;
    if (!roster.add(key, unit, line, &first)) throw listed_twice(place(), key.id(), first);
}

// A roster naming nobody would set every ballot aside and still report a
// result: far more likely a wrong or truncated export.
const char* const kNoVoters =
    "the roster lists no voters: with it every ballot would be set aside as not on the roster";

// Sized from a sample of rows, never beyond this many voters: a file padded
// with a sparse tail must reach its bad byte, not run out of memory first.
constexpr std::size_t kMaxReservedVoters = std::size_t{4} << 20;

// Entries copied out of the CSV reader's buffer (its fields move as it reads
// on) into bytes of their own, handed to the sink a batch at a time.
class EntryBatch {
public:
    explicit EntryBatch(RosterSink& sink) : sink_(sink) { bytes_.reserve(kRows * 32); }
    void add(std::string_view voter, std::string_view unit, long long line, long long column) {
        std::size_t need = voter.size() + unit.size();
        if (entries_.size() == kRows || bytes_.size() + need > bytes_.capacity()) flush();
        if (need > bytes_.capacity()) bytes_.reserve(need);  // empty now: no view to move
        auto copy = [&](std::string_view text) {
            std::size_t at = bytes_.size();
            bytes_.append(text);  // within capacity: the views stay put
            return std::string_view(bytes_.data() + at, text.size());
        };
        entries_.push_back(RosterEntry{copy(voter), copy(unit), line, column});
    }
    void flush() {
        if (!entries_.empty()) sink_.entries(entries_);
        entries_.clear();
        bytes_.clear();
    }

private:
    static constexpr std::size_t kRows = 256;
    RosterSink& sink_;
    std::vector<RosterEntry> entries_;
    std::string bytes_;
};

}  // namespace

void read_csv_roster(Input& in, const ColumnMap* columns, RosterSink& sink) {
    CsvReader csv(in);
    if (!csv.next()) {
        if (csv.error()) throw InputError(*csv.error());
        throw InputError(Diagnostic{in.name(), 1, 1, "empty roster: expected a header row with a 'voter' column"});
    }
    size_t voter_at = SIZE_MAX, unit_at = SIZE_MAX;
    std::vector<std::string> names;
    size_t width = csv.fields().size();
    while (width > 0 && trim_blanks(csv.fields()[width - 1]).empty()) --width;  // a spreadsheet's empty columns
    for (size_t i = 0; i < csv.fields().size(); ++i) {
        std::string_view name = trim_blanks(csv.fields()[i]);
        if (i < width) names.emplace_back(name);
        std::optional<Column> c = columns ? columns->column_of(name) : reserved_column(name);
        if (c == Column::voter || c == Column::unit) {
            size_t& at = c == Column::voter ? voter_at : unit_at;
            if (at != SIZE_MAX)
                throw InputError(csv.at_field(i, "two columns are the roster's '" + std::string(column_key(*c)) +
                                                     "' column: '" + names[at] + "' and '" + std::string(name) + "'"));
            at = i;
        }
    }
    for (Column c : {Column::voter, Column::unit}) {
        const MappedHeader* m = columns ? columns->find(c) : nullptr;
        if (m && (c == Column::voter ? voter_at : unit_at) == SIZE_MAX) {
            Diagnostic d = m->where.at("the roster " + in.name() + " has no column '" + m->header + "' to be its " +
                                       column_key(c) + " column; its columns are: " + join_present(names, ", "));
            d.help = suggestion(m->header, names);
            throw InputError(d);
        }
    }
    if (voter_at == SIZE_MAX) {
        Diagnostic d = csv.at_field(0, "the roster has no 'voter' column; its columns are: " + join_present(names, ", ") +
                                           ". Map the column that holds each voter's id: " +
                                           column_hint(Column::voter, likely_header(Column::voter, names), true));
        for (const std::string& n : names)
            if (d.help.empty()) d.help = suggestion(n, {"voter"});
        throw InputError(d);
    }
    // Said at the header when no row follows it.
    Diagnostic no_voters = csv.at_field(voter_at, kNoVoters);
    size_t full_width = csv.fields().size();
    std::uint64_t header_end = csv.offset();
    long long rows = 0, entered = 0;
    size_t sample_long_bytes = 0;
    EntryBatch batch(sink);
    while (csv.next()) {
        // After a sample of rows, size the roster for the whole file.
        if (++rows == 1024 && in.file_size() && csv.offset() > header_end) {
            std::uint64_t per_row = (csv.offset() - header_end) / 1024 + 1;
            size_t expected = static_cast<size_t>(std::min<std::uint64_t>(*in.file_size() / per_row + 1024,
                                                                          kMaxReservedVoters));
            sink.reserve(expected, expected / 1023 * sample_long_bytes + sample_long_bytes);
        }
        const auto& f = csv.fields();
        if (f.size() != full_width && f.size() != width) {
            batch.flush();  // an earlier row's error comes first
            size_t at = std::min(f.size(), full_width) - (f.size() < full_width ? 1 : 0);
            throw InputError(csv.at_field(at, row_width_message(f.size(), full_width)));
        }
        bool empty_row = true;
        for (std::string_view cell : f) empty_row = empty_row && trim_blanks(cell).empty();
        if (empty_row) continue;  // a spreadsheet's leftover row
        std::string_view voter = trim_blanks(f[voter_at]);
        std::string_view unit = unit_at == SIZE_MAX ? std::string_view() : trim_blanks(f[unit_at]);
        // Not a structured binding: the lambda captures them (clang 14 cannot).
        const auto place = csv.field_place(voter_at);
        const long long line = place.first, column = place.second;
        check_entry(voter, unit, [&] {
            batch.flush();  // an earlier row's error comes first
            return Diagnostic{in.name(), line, column, ""};
        });
        if (rows < 1024) sample_long_bytes += IdTable::arena_bytes(voter);
        batch.add(voter, unit, line, column);
        ++entered;
    }
    batch.flush();
    if (csv.error()) throw InputError(*csv.error());
    if (entered == 0) throw InputError(no_voters);
}

void RosterBuilder::entries(std::span<const RosterEntry> batch) {
    // A chunk at a time, each chunk's slots prefetched first: at a million
    // voters, entering is a wait on memory (see BallotBatch). All hashed
    // before the first prefetch: on this workload a hash between prefetches
    // waits behind them (half the speed).
    constexpr std::size_t kChunk = 32;
    for (std::size_t at = 0; at < batch.size(); at += kChunk) {
        std::span<const RosterEntry> chunk = batch.subspan(at, std::min(kChunk, batch.size() - at));
        keys_.clear();
        for (const RosterEntry& e : chunk) keys_.emplace_back(e.voter);
        for (const Roster::Key& key : keys_) roster_.prefetch(key);
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            const RosterEntry& e = chunk[i];
            long long first = 0;
            if (!roster_.add(keys_[i], e.unit, e.line, &first))
                throw listed_twice(Diagnostic{file_, e.line, e.column, ""}, e.voter, first);
        }
    }
}

namespace {

// The entries' keys other than voter and unit are not ours to read (a
// roster export carries names and emails), so only the top level is read
// as a YamlMap would read it.
class YamlRoster : public YamlTopLevel {
public:
    YamlRoster(Input& in, const ColumnMap* columns)
        : roster_key{in.name(), 1, 1, ""}, in_(in), r_(in.name()), columns_(columns) {}
    Roster roster;
    Diagnostic roster_key;  // where 'roster:' is, once read

    Take key(const YamlNode& key) override {
        if (key.value == "roster") {
            roster_key = where(key);
            return Take::each_item;
        }
        if (key.value == "bargain") return Take::whole;
        r_.unknown_key(key, "", {"roster", "bargain"}, "; a roster file has 'roster:', a list of {voter: ..., unit: ...}");
        return Take::whole;  // not reached: r_ stops at the first problem
    }
    void value(const YamlNode&, YamlNode&& v) override {
        if (!v.is_scalar() || v.value != "1") fail(v, "unsupported format version: this bargain reads 'bargain: 1'");
    }
    void item(const YamlNode&, YamlNode&& v) override {
        if (v.kind == YamlNode::Kind::scalar) {  // a bare list of voter ids
            enter(roster, Roster::Key(trim_blanks(v.value)), {}, v.line, [&] { return where(v); });
            return;
        }
        if (v.kind != YamlNode::Kind::map)
            fail(v, std::string("each roster entry should be {voter: ..., unit: ...}, found ") + v.kind_name());
        std::string_view voter, unit;
        // The keys that gave them: {voter: V1, VOTER: V2} is one key twice,
        // in two spellings, and taking either would be a guess.
        const YamlNode *voter_key = nullptr, *unit_key = nullptr;
        for (const auto& [k, value] : v.entries) {
            std::optional<Column> c = columns_ ? columns_->column_of(k.value) : reserved_column(k.value);
            if (c != Column::voter && c != Column::unit) continue;  // names, emails: not ours to read
            const YamlNode*& first = c == Column::voter ? voter_key : unit_key;
            if (first)
                fail(k, "the '" + std::string(column_key(*c)) + "' key appears twice in this roster entry: '" +
                            visible(first->value) + "' (line " + std::to_string(first->line) + ") and '" +
                            visible(k.value) + "'");
            first = &k;
            if (value.kind != YamlNode::Kind::null && !value.is_scalar())
                fail(value, "'" + k.value + "' should be text, found " + value.kind_name());
            if (value.value.find('\n') != std::string::npos)
                fail(value, "this value runs on over several lines: is a closing quote missing?");
            (c == Column::voter ? voter : unit) = value.value;
        }
        enter(roster, Roster::Key(trim_blanks(voter)), trim_blanks(unit), v.line, [&] { return where(v); });
    }

private:
    Diagnostic where(const YamlNode& n) const { return Diagnostic{in_.name(), n.line, n.column, ""}; }
    [[noreturn]] void fail(const YamlNode& n, std::string message) const { throw InputError(r_.at(n, std::move(message))); }
    Input& in_;
    YamlReader r_;  // stops at the first problem
    const ColumnMap* columns_;
};

}  // namespace

void Roster::reserve(std::size_t n, std::size_t long_id_bytes) { ids_.reserve(n, long_id_bytes); }

long long Roster::line_of(std::uint32_t index) const {
    auto run = std::upper_bound(lines_.begin(), lines_.end(), index,
                                [](std::uint32_t i, const LineRun& r) { return i < r.index; });
    --run;  // the run that holds `index`: the first one starts at 0
    return run->line + run->step * (index - run->index);
}

bool Roster::add(const Key& voter, std::string_view unit, long long line, long long* first_line) {
    // The voter's unit goes into their slot, so it is known before they are
    // added; a new unit takes the next index once they are.
    std::uint32_t u = kNoUnit;
    bool new_unit = false;
    if (!unit.empty()) {
        // Rosters come sorted or grouped by unit more often than not.
        if (last_unit_ != kNoUnit && units_[last_unit_] == unit) {
            u = last_unit_;
        } else if (auto known = unit_ids_.find(unit)) {
            u = *known;
        } else {
            u = static_cast<std::uint32_t>(units_.size());
            new_unit = true;
        }
    }
    auto [entry, added] = ids_.insert(voter, u);
    if (!added) {
        *first_line = line_of(entry.index);
        return false;
    }
    if (new_unit) {
        unit_ids_.insert(unit);
        units_.emplace_back(unit);
        unit_sizes_.push_back(0);
    }
    if (u != kNoUnit) {
        last_unit_ = u;
        ++unit_sizes_[u];
    }
    if (!lines_.empty()) {
        LineRun& run = lines_.back();
        if (run.count == 1 && line > run.line) run.step = line - run.line;
        if (run.step > 0 && line == run.line + run.step * run.count) {
            ++run.count;
            return true;
        }
    }
    lines_.push_back({entry.index, 1, line, 0});
    return true;
}

Result<Roster> read_roster(Input& in, const ColumnMap* columns) {
    try {
        if (guess_format(in) == FileFormat::csv) {
            RosterBuilder builder(in.name());
            read_csv_roster(in, columns, builder);
            return builder.take();
        }
        YamlRoster reader(in, columns);
        if (auto error = stream_yaml(in, reader)) return *error;
        if (reader.roster.size() == 0) {
            reader.roster_key.message = kNoVoters;
            return reader.roster_key;
        }
        return std::move(reader.roster);
    } catch (const InputError& e) {
        return e.diagnostic();
    }
}

}  // namespace bargain
