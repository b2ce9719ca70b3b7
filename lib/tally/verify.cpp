#include "tally/verify.h"

#include <algorithm>
#include <filesystem>

#include "core/suggest.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "io/yaml_map.h"
#include "tally/certificate.h"
#include "tally/tally_build.h"

namespace bargain {

namespace {

const YamlNode* field(const YamlNode& map, std::string_view key) {
    for (const auto& [k, v] : map.entries)
        if (k.value == key) return &v;
    return nullptr;
}

// A path from the record, as the files are opened: a relative one joined to
// the root.
std::string resolved(const std::string& root, const std::string& path) {
    std::filesystem::path p(path);
    if (p.is_absolute() || root.empty()) return p.lexically_normal().generic_string();
    return (std::filesystem::path(root) / p).lexically_normal().generic_string();
}

// The count_options a count was made with, back into the request and rule
// that made it.
class OptionsReader {
public:
    OptionsReader(YamlReader& r, RecordedCount& out) : r_(r), out_(out) {}

    void read(YamlMap& o) {
        TallyOptions& t = out_.request.options;
        std::string rule_text;
        const YamlNode* rule = o.need("rule", "count_options has no rule");
        if (rule && o.text("rule", rule_text)) {
            auto parsed = parse_rule(rule_text, Place{r_.file(), rule->line, rule->column});
            if (!parsed) r_.problem(parsed.error());
            else out_.rule = std::move(*parsed);
        }
        if (const YamlNode* turnout = o.find("turnout"); turnout && o.text("turnout", out_.turnout))
            if (auto error = add_turnout(out_.rule, out_.turnout, Place{r_.file(), turnout->line, turnout->column}))
                r_.problem(*error);
        if (const YamlNode* zone = o.find("timezone")) {
            if (auto name = r_.text(*zone)) {
                std::string why;
                auto z = Zone::named(*name, &why);
                if (!z) r_.problem(*zone, "timezone '" + *name + "': " + why);
                else t.zone = *z;
            }
        }
        t.opens = o.datetime("opens");
        t.closes = o.datetime("closes");
        static const Choices<TallyOptions::Keep> kKeep = {{"first", TallyOptions::Keep::first},
                                                           {"last", TallyOptions::Keep::last}};
        t.duplicates = o.choice("duplicates", "duplicates", kKeep).value_or(TallyOptions::Keep::first);
        t.challenge_unlisted = o.flag("challenge_unlisted").value_or(false);
        t.by_unit = o.flag("by_unit").value_or(false);
        // Recorded since small units' counts are withheld; a certificate
        // from before then showed every unit's.
        t.min_unit_ballots = o.count("min_unit_ballots").value_or(0);
        o.each("units", "unit ids", [&](const YamlNode& u) {
            if (auto id = r_.text(u)) t.units.push_back({*id, std::nullopt});
        });
        if (auto members = o.map("members", "members")) {
            for (const auto& [key, value] : members->node().entries) {
                auto n = members->count(key.value);
                bool found = false;
                for (TallyOptions::VoteUnit& u : t.units)
                    if (u.id == key.value) {
                        u.members = n;
                        found = true;
                    }
                if (!found)
                    r_.problem(key, "count_options: members: unit '" + key.value + "' is not one of its units (" +
                                        unit_ids() + ")");
            }
        }
        if (auto q = o.text("question")) t.only_question = *q;
        columns(o, "columns", out_.request.mapping.columns);
        columns(o, "roster_columns", out_.request.roster_columns);
        if (auto answers = o.map("answers", "answers")) {
            for (const auto& [word, value] : answers->node().entries) {
                auto name = answers->text(word.value);
                std::optional<Answer> answer = name ? answer_named(*name) : std::nullopt;
                if (name && !answer)
                    r_.problem(value, "answers: '" + word.value + "' is mapped to '" + *name +
                                          "', which is not yes, no, abstain, blank or void");
                if (answer)
                    if (auto error = out_.request.mapping.answers.map(word.value, *answer, place(word, "answers")))
                        r_.problem(*error);
            }
        }
        // A delimiter the first count was told to use; one it found by
        // looking is found again the same way.
        if (auto d = o.text("delimiter")) {
            const std::string forced = " (forced)";
            if (d->size() > forced.size() && d->compare(d->size() - forced.size(), forced.size(), forced) == 0) {
                std::string name = d->substr(0, d->size() - forced.size());
                out_.request.mapping.delimiter = delimiter_from_name(name);
                if (!out_.request.mapping.delimiter) r_.problem(*o.find("delimiter"), "delimiter '" + name + "' is not comma, semicolon or tab");
                out_.request.mapping.delimiter_where = place(*o.find("delimiter"), "delimiter");
            }
        }
        o.find("encoding");  // found again by reading, as it was the first time
        o.flag("from_totals");
        static const Choices<std::string> kFrom = {
            {"roster", "roster"}, {"eligible", "eligible"}, {"members", "members"}};
        std::string from = o.choice("eligible_from", "eligible_from", kFrom).value_or("");
        auto eligible = o.count("eligible");
        if (from == "eligible") {
            if (!eligible)
                r_.problem(*o.key("eligible_from"), "count_options: eligible_from is eligible, but eligible gives no number");
            t.eligible = eligible;
        }
        o.done();
    }

private:
    std::string unit_ids() const {
        std::vector<std::string> ids;
        for (const TallyOptions::VoteUnit& u : out_.request.options.units) ids.push_back(u.id);
        return ids.empty() ? "none" : join_present(ids, ", ");
    }

    MappingPlace place(const YamlNode& n, const std::string& shown) const {
        return MappingPlace{r_.file(), n.line, n.column, "count_options: " + shown};
    }

    void columns(YamlMap& o, const char* key, ColumnMap& out) {
        auto m = o.map(key, key);
        if (!m) return;
        for (const auto& [column, value] : m->node().entries) {
            auto header = m->text(column.value);
            std::optional<Column> c = column_named(column.value);
            if (!c)
                r_.problem(column, std::string(key) + ": '" + column.value +
                                       "' is not a column bargain maps; the columns are voter, ballot, unit, cast_at, "
                                       "question, option and votes");
            if (c && header)
                if (auto error = out.map(*c, *header, place(column, std::string(key) + ": " + column.value)))
                    r_.problem(*error);
        }
    }

    YamlReader& r_;
    RecordedCount& out_;
};

RecordedFile read_file_entry(YamlReader& r, const YamlNode& n, const std::string& root, bool roster) {
    RecordedFile f;
    f.roster = roster;
    auto m = YamlMap::of(r, n, roster ? "the roster" : "an input", "a file (path, sha256, records)");
    if (!m) return f;
    if (m->need("path", "this file has no path")) m->text("path", f.recorded_path);
    if (m->need("sha256", "this file has no sha256")) m->text("sha256", f.sha256);
    f.records = m->count(roster ? "voters" : "records").value_or(0);
    for (const char* also : {"kind", "format", "delimiter", "encoding", "empty_rows_skipped"}) m->find(also);
    m->done();
    f.path = resolved(root, f.recorded_path);
    return f;
}

// Each item of `list` named by its `key`, and each by a different one:
// "question 'accept' is recorded twice"; the same for the units of each.
void once_each(YamlReader& r, const YamlNode& list, std::string_view key, const char* what) {
    std::vector<std::string> seen;
    for (const YamlNode& item : list.items) {
        const YamlNode* name = field(item, key);
        if (!name || !name->is_scalar())
            r.problem(name ? *name : item, std::string("this ") + what + " has no " + std::string(key) +
                                               ", so its numbers cannot be matched with the recount's");
        if (std::find(seen.begin(), seen.end(), name->value) != seen.end())
            r.problem(*name, std::string(what) + " '" + name->value + "' is recorded twice");
        seen.push_back(name->value);
        if (const YamlNode* units = field(item, "units"); units && key == "id") once_each(r, *units, "unit", "unit");
    }
}

// A copy of `value` under `key` in a mapping node.
void add_entry(YamlNode& map, const std::string& key, const YamlNode* value) {
    YamlNode k;
    k.kind = YamlNode::Kind::scalar;
    k.value = key;
    map.entries.emplace_back(std::move(k), value ? *value : YamlNode());
}

}  // namespace

Result<RecordedCount> read_recorded_count(Input& in, const std::string& root) {
    auto doc = load_yaml_document(in);
    if (!doc) return doc.error();
    YamlReader r(in.name());
    RecordedCount out;
    try {
        if (doc->kind != YamlNode::Kind::map || (!field(*doc, "certificate") && !field(*doc, "inputs")))
            return Diagnostic{in.name(), doc->line, doc->column,
                              std::string("expected a result certificate (tally --certificate FILE.json) or a tally "
                                          "--format json report, a JSON object with \"certificate\" or \"inputs\"; "
                                          "found ") +
                                  (doc->kind == YamlNode::Kind::map ? "neither" : doc->kind_name())};
        YamlMap top_map(r, *doc, "");
        YamlMap* top = &top_map;
        out.certificate = top->find("certificate") != nullptr;
        if (out.certificate) {
            auto version = top->count("certificate");
            if (version && *version != kCertificateVersion)
                r.problem(*top->find("certificate"), "this is certificate format " + std::to_string(*version) +
                                                         ", and this bargain reads format " +
                                                         std::to_string(kCertificateVersion) +
                                                         ": verify it with the bargain that wrote it (its \"bargain\")");
            top->text("vote", out.vote);
            for (const char* also : {"bargain", "question", "committee", "audit"}) top->find(also);
        }
        std::string base = root;
        if (base.empty() && out.certificate) base = std::filesystem::path(in.name()).parent_path().generic_string();
        top->each("inputs", "files", [&](const YamlNode& n) {
            out.files.push_back(read_file_entry(r, n, base, false));
        });
        if (out.files.empty()) {
            const YamlNode* inputs = top->key("inputs");
            r.problem(inputs ? *inputs : *doc, "it names no ballot or totals file to recount (its inputs are empty)");
        }
        bool totals = false;
        if (const YamlNode* inputs = top->find("inputs"); inputs && inputs->kind == YamlNode::Kind::sequence)
            for (const YamlNode& n : inputs->items)
                for (const auto& [k, v] : n.entries)
                    if (k.value == "kind" && v.value == "totals") totals = true;
        for (const RecordedFile& f : out.files) (totals ? out.request.totals : out.request.ballots).push_back(f.path);
        if (const YamlNode* audit = out.certificate ? field(*doc, "audit") : nullptr;
            audit && audit->kind != YamlNode::Kind::null) {
            out.audit = read_file_entry(r, *audit, base, false);
        }
        if (const YamlNode* roster = top->find("roster"); roster && roster->kind != YamlNode::Kind::null) {
            out.files.push_back(read_file_entry(r, *roster, base, true));
            out.request.roster = out.files.back().path;
        }
        auto options = top->map("count_options", "count_options");
        if (!options)
            r.problem(*doc, "it does not record the options it was counted with (count_options): it was written by "
                            "a bargain older than verify; count it again with bargain tally");
        else OptionsReader(r, out).read(*options);
        out.request.options.keep_audit = false;
        out.request.options.from_totals = totals;
        out.numbers.kind = YamlNode::Kind::map;
        for (const char* key : {"received", "rejected", "challenged"}) add_entry(out.numbers, key, top->find(key));
        add_entry(out.numbers, "questions", top->find(out.certificate ? "result" : "questions"));
        // Each question (and each of its units) once, or the comparison
        // could not tell which recorded number a recount's is to match.
        if (const YamlNode* questions = field(out.numbers, "questions"))
            once_each(r, *questions, "id", "question");
        top->find("warnings");
        top->done();
    } catch (const InputError& e) {
        return e.diagnostic();
    }
    return out;
}

std::optional<TallyReport> recount(const RecordedCount& record, std::vector<Diagnostic>& problems) {
    auto counted = count_ballot_files(record.request, problems);
    if (!counted) return std::nullopt;
    auto built = build_tally_report(std::move(*counted), record.request, record.rule, record.turnout);
    if (!built) {
        problems.push_back(built.error());
        return std::nullopt;
    }
    return std::move(*built);
}

namespace {

std::string shown(const YamlNode* n) {
    if (!n) return "nothing";
    if (n->kind == YamlNode::Kind::null) return "none";
    if (n->kind != YamlNode::Kind::scalar) return n->kind_name();
    return n->value;
}

// Equal as written: scalars by their text, lists and mappings item by item
// (a record edited to hold a list where a number was is compared as it is,
// and differs from the recount's number).
bool same(const YamlNode* a, const YamlNode* b) {
    bool a_none = !a || a->kind == YamlNode::Kind::null, b_none = !b || b->kind == YamlNode::Kind::null;
    if (a_none || b_none) return a_none == b_none;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
        case YamlNode::Kind::scalar: return a->value == b->value;
        case YamlNode::Kind::sequence:
            if (a->items.size() != b->items.size()) return false;
            for (std::size_t i = 0; i < a->items.size(); ++i)
                if (!same(&a->items[i], &b->items[i])) return false;
            return true;
        case YamlNode::Kind::map:
            if (a->entries.size() != b->entries.size()) return false;
            for (std::size_t i = 0; i < a->entries.size(); ++i)
                if (a->entries[i].first.value != b->entries[i].first.value ||
                    !same(&a->entries[i].second, &b->entries[i].second))
                    return false;
            return true;
        case YamlNode::Kind::null: return true;
    }
    return false;
}

void compare_scalar(std::vector<CountDifference>& out, const std::string& what, const YamlNode* a, const YamlNode* b) {
    if (!same(a, b)) out.push_back({what, shown(a), shown(b)});
}

// The items of a list of objects, by the value of their `key`.
const YamlNode* item_with(const YamlNode* list, std::string_view key, const std::string& value) {
    if (!list) return nullptr;
    for (const YamlNode& item : list->items)
        if (const YamlNode* v = field(item, key); v && v->value == value) return &item;
    return nullptr;
}

// A question's (or a unit's) numbers, every field but the names.
void compare_decision(std::vector<CountDifference>& out, const std::string& what, const YamlNode& a, const YamlNode& b) {
    // A unit's counts withheld on one side and not the other: the numbers
    // did not change, the minimum did; and the side that withholds them
    // must not have them printed beside it.
    const YamlNode* withheld_a = field(a, "counts_withheld");
    const YamlNode* withheld_b = field(b, "counts_withheld");
    if (!withheld_a != !withheld_b) {
        out.push_back({what + ": counts (was count_options.min_unit_ballots changed?)", withheld_a ? "withheld" : "shown",
                       withheld_b ? "withheld" : "shown"});
        for (const char* key : {"result", "determinative_challenges"})
            compare_scalar(out, what + ": " + key, field(a, key), field(b, key));
        return;
    }
    for (const auto& [k, v] : a.entries) {
        if (k.value == "id" || k.value == "text" || k.value == "rule" || k.value == "unit") continue;
        if (k.value == "units") {
            const YamlNode* other = field(b, "units");
            for (const YamlNode& unit : v.items) {
                std::string name = shown(field(unit, "unit"));
                const YamlNode* match = item_with(other, "unit", name);
                if (!match) out.push_back({what + ", unit " + name, "counted", "not in the recount"});
                else compare_decision(out, what + ", unit " + name, unit, *match);
            }
            if (other)
                for (const YamlNode& unit : other->items)
                    if (!item_with(&v, "unit", shown(field(unit, "unit"))))
                        out.push_back({what + ", unit " + shown(field(unit, "unit")), "not recorded", "counted"});
            continue;
        }
        compare_scalar(out, what + ": " + k.value, &v, field(b, k.value));
    }
    // A number the recount has and the record does not (a margin).
    for (const auto& [k, v] : b.entries)
        if (!field(a, k.value) && k.value != "units" && k.value != "text")
            compare_scalar(out, what + ": " + k.value, nullptr, &v);
}

}  // namespace

std::vector<CountDifference> compare_counts(const YamlNode& recorded, const YamlNode& recount) {
    std::vector<CountDifference> out;
    for (const char* key : {"received", "challenged"}) compare_scalar(out, key, field(recorded, key), field(recount, key));
    if (const YamlNode* rejected = field(recorded, "rejected")) {
        const YamlNode* other = field(recount, "rejected");
        for (const auto& [k, v] : rejected->entries)
            compare_scalar(out, "set aside as " + k.value, &v, other ? field(*other, k.value) : nullptr);
    }
    const YamlNode* a = field(recorded, "questions");
    const YamlNode* b = field(recount, "questions");
    if (a)
        for (const YamlNode& q : a->items) {
            std::string id = shown(field(q, "id"));
            const YamlNode* match = item_with(b, "id", id);
            if (!match) out.push_back({"question " + id, "counted", "not in the recount"});
            else compare_decision(out, id, q, *match);
        }
    if (b)
        for (const YamlNode& q : b->items)
            if (!item_with(a, "id", shown(field(q, "id"))))
                out.push_back({"question " + shown(field(q, "id")), "not recorded", "counted"});
    return out;
}

namespace {

const std::vector<std::string>& published_keys() {
    static const std::vector<std::string> keys = {"eligible", "cast", "valid", "yes", "no", "abstain", "blank", "void"};
    return keys;
}

bool known_key(const std::string& key) {
    for (const std::string& k : published_keys())
        if (k == key) return true;
    return false;
}

std::string keys_list() { return join_present(published_keys(), ", "); }

}  // namespace

Result<PublishedTotals> parse_published_totals(const std::string& text) {
    PublishedTotals out;
    for (std::string_view rest = text; !rest.empty();) {
        std::size_t comma = rest.find(',');
        std::string_view item = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        std::size_t eq = item.find('=');
        std::string key(trim(item.substr(0, eq)));
        std::string value(eq == std::string_view::npos ? "" : trim(item.substr(eq + 1)));
        // "yes=1,234" splits at its thousands comma into "yes=1" and "234".
        bool digits = !item.empty() && item.find_first_not_of("0123456789") == std::string_view::npos;
        if (eq == std::string_view::npos && digits && item.size() == 3 && !out.numbers.empty())
            return Diagnostic{"", 0, 0,
                              "'" + out.numbers.back().first + "=" + std::to_string(out.numbers.back().second) + "," +
                                  std::string(item) + "': the totals are separated by commas, so write " +
                                  out.numbers.back().first + "=" + std::to_string(out.numbers.back().second) +
                                  std::string(item) + ", without a thousands separator"};
        if (eq == std::string_view::npos || !known_key(key))
            return Diagnostic{"", 0, 0,
                              "'" + std::string(item) + "': expected NAME=NUMBER, where NAME is one of " + keys_list() +
                                  " (e.g. \"yes=578,no=131\")",
                              eq == std::string_view::npos || key.empty() ? "" : suggestion(key, published_keys())};
        if (value.empty() || value.size() > 15 || value.find_first_not_of("0123456789") != std::string::npos)
            return Diagnostic{"", 0, 0, "'" + std::string(item) + "': " + key +
                                            " must be a whole number of votes, in digits only (e.g. " + key + "=578)"};
        for (const auto& [k, n] : out.numbers)
            if (k == key)
                return Diagnostic{"", 0, 0, "'" + key + "' is given twice (" + key + "=" + std::to_string(n) + " and " +
                                                std::string(item) + "); give each total once"};
        out.numbers.emplace_back(key, std::stoll(value));
    }
    if (out.numbers.empty()) return Diagnostic{"", 0, 0, "no totals given: expected e.g. \"yes=578,no=131\""};
    return out;
}

Result<PublishedTotals> read_published_totals(Input& in) {
    auto doc = load_yaml_document(in);
    if (!doc) return doc.error();
    YamlReader r(in.name());
    PublishedTotals out;
    try {
        if (doc->kind != YamlNode::Kind::map)
            return Diagnostic{in.name(), doc->line, doc->column,
                              std::string("expected published totals as key: value lines (yes: 578, no: 131, ...), "
                                          "found ") +
                                  doc->kind_name()};
        YamlMap m(r, *doc, "published totals");
        for (const std::string& key : published_keys()) m.find(key);  // the keys a misspelling is told of
        for (const auto& [key, value] : doc->entries)
            if (known_key(key.value))
                if (auto n = m.count(key.value)) out.numbers.emplace_back(key.value, *n);
        m.done();
        if (out.numbers.empty()) r.problem(*doc, "no totals given: expected keys like yes: 578 and no: 131");
    } catch (const InputError& e) {
        return e.diagnostic();
    }
    return out;
}

std::vector<CountDifference> compare_published(const PublishedTotals& published, const YamlNode& question) {
    std::vector<CountDifference> out;
    for (const auto& [key, n] : published.numbers) {
        const YamlNode* v = field(question, key);
        std::string value = std::to_string(n);
        if (!v || v->kind != YamlNode::Kind::scalar || v->value != value) out.push_back({key, value, shown(v)});
    }
    return out;
}

}  // namespace bargain
