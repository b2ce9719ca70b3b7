// Reads campaign.yaml into a Campaign, collecting every problem instead of
// stopping at the first: a team fixing a file wants the whole list. Only a
// YAML syntax error stops the load, since nothing after it can be trusted.
//
// Each mapping is read through Fields, which records the keys it was asked
// for, so that any other key is reported with a "did you mean" over exactly
// the keys that mapping knows.
#include "campaign/campaign.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <utility>

#include "campaign/law_preset.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/visible.h"
#include "io/csv_reader.h"
#include "io/yaml_source.h"

namespace bargain {

const char* name_of(Side side) {
    switch (side) {
        case Side::union_: return "union";
        case Side::employer: return "employer";
        case Side::unstated: break;
    }
    return "";
}

const char* name_of(ProposalStatus status) {
    switch (status) {
        case ProposalStatus::open: return "open";
        case ProposalStatus::ta: return "ta";
        case ProposalStatus::withdrawn: return "withdrawn";
    }
    return "open";
}

const char* name_of(VoteKind kind) {
    switch (kind) {
        case VoteKind::lbo: return "lbo";
        case VoteKind::ratification: return "ratification";
        case VoteKind::strike_authorization: return "strike-authorization";
        case VoteKind::other: break;
    }
    return "other";
}

const char* name_of(EventKind kind) {
    switch (kind) {
        case EventKind::picket: return "picket";
        case EventKind::rally: return "rally";
        case EventKind::strike: return "strike";
        case EventKind::notice: return "notice";
        case EventKind::mediation: return "mediation";
        case EventKind::deadline: return "deadline";
        case EventKind::meeting: return "meeting";
        case EventKind::other: break;
    }
    return "other";
}

std::string Campaign::resolve_path(const std::string& written) const {
    std::filesystem::path p(written);
    if (p.is_absolute() || path.empty() || path == "-") return written;
    return (std::filesystem::path(path).parent_path() / p).string();
}

namespace {

using Node = YamlNode;

// "a, b, c or d"
std::string one_of(const std::vector<std::string>& words) {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i) out += i + 1 == words.size() ? " or " : ", ";
        out += words[i];
    }
    return out;
}

// "a, b, c and d"
std::string all_of(const std::vector<std::string>& words) {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i) out += i + 1 == words.size() ? " and " : ", ";
        out += words[i];
    }
    return out;
}

// How to name a character an id may not hold, in an error message.
std::string character_name(char c) {
    switch (c) {
        case ' ': return "a space";
        case '\t': return "a tab";
        case '\n':
        case '\r': return "a line break";
        default: break;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "a control character";
    return std::string("'") + c + "'";
}

// YYYY-MM-DD by its shape, whether or not it is a real date.
bool looks_like_date(std::string_view s) {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
           std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// What is wrong with an id, or nothing. The ids relative dates and
// constraints name (sessions, offers, votes, events) end up in calendar
// UIDs, command lines (--vote, --compare) and file names, so they are
// words: letters (any language), digits, '-', '_' and '.'. A unit's id only
// has to match what rosters say, which may be "Local 4408", so it may hold
// spaces and punctuation, but never control characters or broken UTF-8.
std::optional<std::string> id_problem(std::string_view id, bool word) {
    if (id.empty()) return "an id cannot be empty";
    for (size_t i = 0; i < id.size();) {
        unsigned char c = static_cast<unsigned char>(id[i]);
        if (c >= 0x80) {
            size_t n = utf8_length(id, i);
            if (n == 0) return "id '" + std::string(id) + "' is not valid UTF-8";
            i += n;
            continue;
        }
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        bool fine = word ? (alnum || c == '-' || c == '_' || c == '.') : (c >= 0x20 && c != 0x7f);
        if (!fine)
            return "id '" + std::string(id) + "' has " + character_name(id[i]) +
                   (word ? "; an id is letters, digits, '-', '_' and '.' (like lbo-vote)" : "");
        ++i;
    }
    if (word && id == kContractExpires)
        return std::string("'contract_expires' names the contract's expiry date; give this item another id");
    // not_before: takes an id or a date, so a date-shaped id would be ambiguous.
    if (word && looks_like_date(id))
        return "id '" + std::string(id) + "' looks like a date, which not_before: could not tell from an id; add a word"
               " (like rally-" + std::string(id) + ")";
    return std::nullopt;
}

// Exact decimal text to an integer scaled by 10^places: "1.5" at 4 places is
// 15000. Empty when it is not a plain decimal number; *too_precise when it
// has more decimals than `places`.
std::optional<long long> exact_decimal(std::string_view s, int places, bool allow_sign, bool* too_precise) {
    *too_precise = false;
    bool negative = false;
    if (allow_sign && !s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 13) return std::nullopt;
    if (dot != std::string_view::npos && fraction.empty()) return std::nullopt;
    long long value = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    for (char c : fraction)
        if (c < '0' || c > '9') return std::nullopt;
    if (fraction.size() > static_cast<size_t>(places)) {
        *too_precise = true;
        return std::nullopt;
    }
    for (int i = 0; i < places; ++i) {
        value *= 10;
        if (static_cast<size_t>(i) < fraction.size()) value += fraction[static_cast<size_t>(i)] - '0';
    }
    return negative ? -value : value;
}

// "000" or "000.50": what follows the comma of an amount of money.
bool is_thousands_group(std::string_view s) {
    if (s.size() < 3) return false;
    for (size_t i = 0; i < 3; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    if (s.size() == 3) return true;
    if (s[3] != '.' || s.size() < 5 || s.size() > 6) return false;
    return std::all_of(s.begin() + 4, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "$1,000", "$1000" or "$1,000.50" in cents; commas, when used, must group
// the dollars by thousands (so "$1,00" is an error, not $100).
std::optional<long long> flat_amount(std::string_view s) {
    if (s.empty() || s[0] != '$') return std::nullopt;
    s.remove_prefix(1);
    std::string_view dollars = s.substr(0, s.find('.'));
    std::string plain;
    if (dollars.find(',') != std::string_view::npos) {
        size_t first = dollars.find(',');
        if (first == 0 || first > 3) return std::nullopt;
        for (size_t at = first; at < dollars.size(); at += 4)
            if (dollars[at] != ',' || at + 4 > dollars.size() || !is_thousands_group(dollars.substr(at + 1, 3)))
                return std::nullopt;
    }
    for (char c : s)
        if (c != ',') plain += c;
    bool too_precise = false;
    return exact_decimal(plain, 2, false, &too_precise);
}

// The key node of `key` in a mapping, for a message about the key itself.
const YamlNode* key_of(const YamlNode& map, std::string_view key) {
    for (const auto& [k, v] : map.entries)
        if (k.value == key) return &k;
    return nullptr;
}

// Of two keys both in a mapping, the one written later.
const YamlNode* later_key(const YamlNode& map, std::string_view a, std::string_view b) {
    const YamlNode* first = nullptr;
    for (const auto& [k, v] : map.entries) {
        if (k.value != a && k.value != b) continue;
        if (first) return &k;
        first = &k;
    }
    return first;
}

class Reader;

// The keys of one mapping, read by name; done() reports the keys nobody
// asked for. A null value counts as not given.
class Fields {
public:
    Fields(Reader& r, const Node& map, std::string what) : r_(r), map_(map), what_(std::move(what)) {}
    const Node* find(const std::string& key) {
        known_.push_back(key);
        for (const auto& [k, v] : map_.entries)
            if (k.value == key) return v.kind == Node::Kind::null ? nullptr : &v;
        return nullptr;
    }
    template <class Read>
    void with(const std::string& key, Read read) {
        if (const Node* v = find(key)) read(*v);
    }
    void done();

private:
    Reader& r_;
    const Node& map_;
    std::string what_;
    std::vector<std::string> known_;
};

// A reference to an id, checked once every id is known.
struct Reference {
    enum class To { unit, offer, item } to;
    std::string id;
    Where where;
};

class Reader {
public:
    Reader(std::string file, std::vector<Diagnostic>& problems) : file_(std::move(file)), problems_(problems) {}

    void problem(Where at, std::string message) {
        problems_.push_back(Diagnostic{file_, at.line, at.column, std::move(message)});
    }
    void problem(const Node& at, std::string message) { problem(where(at), std::move(message)); }
    void problem(std::optional<Diagnostic> d) {
        if (d) problems_.push_back(std::move(*d));
    }
    static Where where(const Node& n) { return Where{n.line, n.column}; }
    // Where an export mapping was written, for its own messages: "columns: voter".
    MappingPlace place(const Node& n, std::string shown) const {
        return MappingPlace{file_, n.line, n.column, std::move(shown)};
    }

    void read(const Node& root, Campaign& c);

private:
    // -- values --------------------------------------------------------------

    bool is_map(const Node& n, const std::string& what) {
        if (n.kind == Node::Kind::map) return true;
        problem(n, "expected " + what + " (key: value lines), found " + n.kind_name());
        return false;
    }
    // The items of a list; a single value where a list is wanted is an error.
    const std::vector<Node>* list(const Node& n, const std::string& of) {
        if (n.kind == Node::Kind::sequence) return &n.items;
        problem(n, "expected a list of " + of + ", found " + n.kind_name());
        return nullptr;
    }
    std::optional<std::string> text(const Node& n) {
        if (n.is_scalar()) return n.value;
        problem(n, std::string("expected text, found ") + n.kind_name());
        return std::nullopt;
    }
    bool text(const Node& n, std::string& out) {
        auto t = text(n);
        if (t) out = *t;
        return t.has_value();
    }
    // A count: 0 or more. `if_negative` says what to write instead of a
    // negative number, where there is a better way to say it.
    std::optional<long long> whole(const Node& n, const std::string& if_negative = "") {
        if (auto t = text(n)) {
            bool too_precise = false;
            if (t->find('.') == std::string::npos) {
                if (auto v = exact_decimal(*t, 0, false, &too_precise)) return v;
                if (exact_decimal(*t, 0, true, &too_precise)) {
                    problem(n, "expected 0 or more, found '" + *t + "'" + if_negative);
                    return std::nullopt;
                }
            }
            problem(n, "expected a whole number, found '" + *t + "'");
        }
        return std::nullopt;
    }
    std::optional<bool> flag(const Node& n) {
        if (auto t = text(n)) {
            if (equals_lower(*t, "yes") || equals_lower(*t, "true")) return true;
            if (equals_lower(*t, "no") || equals_lower(*t, "false")) return false;
            problem(n, "expected yes/no or true/false, found '" + *t + "'");
        }
        return std::nullopt;
    }
    std::optional<Date> date(const Node& n) {
        if (auto t = text(n)) {
            std::string why;
            if (auto d = parse_date(*t, &why)) return d;
            problem(n, why + ", found '" + *t + "'");
        }
        return std::nullopt;
    }
    std::optional<std::chrono::minutes> time_of_day(const Node& n) {
        if (auto t = text(n)) {
            std::string why;
            if (auto m = parse_time_of_day(*t, &why)) return m;
            problem(n, why + ", found '" + *t + "'");
        }
        return std::nullopt;
    }
    std::optional<DateTime> datetime(const Node& n) {
        if (auto t = text(n)) {
            std::string why;
            if (auto d = parse_datetime(*t, &why)) return d;
            problem(n, why + ", found '" + *t + "'");
        }
        return std::nullopt;
    }
    std::optional<long long> cents(const Node& n) {
        if (auto t = text(n)) {
            bool too_precise = false;
            if (auto v = exact_decimal(*t, 2, false, &too_precise)) return v;
            problem(n, too_precise ? "more than 2 decimal places in an amount of money: '" + *t + "'"
                                   : "expected an amount of money like 9450000.00, found '" + *t + "'");
        }
        return std::nullopt;
    }
    std::optional<long long> percent(const Node& n) {
        if (auto t = text(n)) {
            bool too_precise = false;
            if (auto v = exact_decimal(*t, 4, true, &too_precise)) return v;
            problem(n, too_precise ? "more than 4 decimal places in a percentage: '" + *t + "'"
                                   : "expected a percentage like 1.5, found '" + *t + "'");
        }
        return std::nullopt;
    }
    // One of `names` (parallel to `values`), with a "did you mean" if not.
    template <class E>
    void choice(const Node& n, const std::string& what, const std::vector<std::string>& names,
                const std::vector<E>& values, E& out) {
        auto t = text(n);
        if (!t) return;
        for (size_t i = 0; i < names.size(); ++i)
            if (*t == names[i]) {
                out = values[i];
                return;
            }
        problem(n, what + " must be " + one_of(names) + ", not '" + *t + "'" + did_you_mean(*t, names));
    }
    // One of `values`, read by the word name_of() gives each.
    template <class E>
    void choice(const Node& n, const std::string& what, const std::vector<E>& values, E& out) {
        std::vector<std::string> names;
        for (E v : values) names.push_back(name_of(v));
        choice(n, what, names, values, out);
    }
    void side(const Node& n, Side& out) { choice(n, "side", {Side::union_, Side::employer}, out); }
    // `time`, when given, lets a relative date carry `time: HH:MM` (a vote's
    // window); elsewhere that key is unknown.
    std::optional<DateSpec> date_spec(const Node& n, std::optional<std::chrono::minutes>* time = nullptr);
    // A vote's opens/closes: a datetime, or a relative date with a time.
    void when(const Node& n, std::optional<DateTime>& at, std::optional<RelativeWhen>& from);
    void id(Fields& f, const Node& item, const std::string& what, std::string& out, bool shared);
    void reference(Reference::To to, const Node& n, std::string& out) {
        if (auto t = text(n)) {
            out = *t;
            references_.push_back({to, *t, where(n)});
        }
    }

    // -- the parts of the file -------------------------------------------------

    void read_info(const Node& n, CampaignInfo& info);
    void read_law(const Node& n, CampaignInfo& info);
    void read_unit(const Node& n, Campaign& c);
    void read_session(const Node& n, Campaign& c);
    void read_offer(const Node& n, Campaign& c);
    void read_wages(const std::vector<Node>& items, Offer& o);
    void read_vote(const Node& n, Campaign& c);
    void read_paths(const Node& n, const std::string& what, std::vector<std::string>& out);
    void read_columns(const Node& n, const std::string& key, const std::vector<Column>& allowed,
                      const std::string& whose, const std::string& other_kind, ColumnMap& out);
    void read_answers(const Node& n, AnswerWords& out);
    void read_delimiter(const Node& n, ExportMapping& out);
    void read_event(const Node& n, Campaign& c);
    void read_constraint(const Node& n, Campaign& c);
    template <class Item>
    void each(Fields& f, const std::string& key, const std::string& of, Item item) {
        f.with(key, [&](const Node& v) {
            if (auto items = list(v, of))
                for (const Node& i : *items) item(i);
        });
    }
    void check_references();

    friend class Fields;
    std::string file_;
    std::vector<Diagnostic>& problems_;
    std::map<std::string, long long> ids_;       // sessions, offers, votes, events -> line
    std::map<std::string, long long> unit_ids_;  // -> line
    std::map<std::string, bool> offer_ids_;
    std::vector<Reference> references_;
    std::vector<Where> expiry_uses_;  // not_before: values that name contract_expires
};

void Fields::done() {
    for (const auto& [k, v] : map_.entries)
        if (std::find(known_.begin(), known_.end(), k.value) == known_.end())
            r_.problem(k, "unknown key '" + k.value + "' in " + what_ + did_you_mean(k.value, known_));
}

std::optional<DateSpec> Reader::date_spec(const Node& n, std::optional<std::chrono::minutes>* time) {
    if (n.is_scalar()) {
        if (auto d = date(n)) return DateSpec{*d, where(n)};
        return std::nullopt;
    }
    if (n.kind != Node::Kind::map) {
        problem(n, std::string("expected a date or {after: ID, days: N}, found ") + n.kind_name());
        return std::nullopt;
    }
    Fields f(*this, n, "a relative date");
    RelativeDate r;
    bool ok = true;
    const Node* after = f.find("after");
    const Node* before = f.find("before");
    if (after && before) {
        problem(n, "a relative date has after: or before:, not both");
        ok = false;
    } else if (!after && !before) {
        problem(n, "a relative date needs after: ID or before: ID");
        ok = false;
    } else {
        r.after = after != nullptr;
        const Node& anchor = after ? *after : *before;
        if (anchor.is_scalar() && anchor.value == kContractExpires) r.anchor = kContractExpires;
        else if (anchor.is_scalar()) reference(Reference::To::item, anchor, r.anchor);
        else ok = text(anchor).has_value();
    }
    if (const Node* days = f.find("days")) {
        std::string instead = r.after ? "; for a date before it, write before: instead of after:"
                                      : "; for a date after it, write after: instead of before:";
        if (auto d = whole(*days, instead)) r.days = *d;
        else ok = false;
    } else {
        problem(n, "a relative date needs days: N");
        ok = false;
    }
    f.with("business", [&](const Node& v) {
        if (auto b = flag(v)) r.business = *b;
        else ok = false;
    });
    if (time) {
        f.with("time", [&](const Node& v) {
            *time = time_of_day(v);
            ok = ok && time->has_value();
        });
    }
    f.done();
    if (!ok) return std::nullopt;
    return DateSpec{r, where(n)};
}

void Reader::when(const Node& n, std::optional<DateTime>& at, std::optional<RelativeWhen>& from) {
    if (n.kind != Node::Kind::map) {
        at = datetime(n);
        return;
    }
    std::optional<std::chrono::minutes> time;
    if (auto spec = date_spec(n, &time)) from = RelativeWhen{*spec->relative(), time, spec->where};
}

// Reads an item's required id; `shared` ids are unique across sessions,
// offers, votes and events (what relative dates and constraints name).
void Reader::id(Fields& f, const Node& item, const std::string& what, std::string& out, bool shared) {
    const Node* v = f.find("id");
    if (!v) {
        problem(item, "this " + what + " has no id");
        return;
    }
    auto t = text(*v);
    if (!t) return;
    out = *t;
    if (auto why = id_problem(*t, shared)) {
        problem(*v, *why);
        return;
    }
    auto& table = shared ? ids_ : unit_ids_;
    auto [it, fresh] = table.emplace(*t, v->line);
    if (!fresh) problem(*v, "duplicate id '" + *t + "' (first at line " + std::to_string(it->second) + ")");
}

void Reader::read(const Node& root, Campaign& c) {
    if (root.kind == Node::Kind::null) {
        problem(root, "missing 'bargain: 1' (the format version) at the top of the file");
        return;
    }
    if (!is_map(root, "a mapping")) return;
    Fields f(*this, root, "the campaign file");
    if (const Node* v = f.find("bargain")) {
        if (!v->is_scalar() || v->value != "1")
            problem(*v, "this is campaign format version 1; found bargain: " +
                            (v->is_scalar() ? v->value : std::string(v->kind_name())));
    } else {
        problem(root, "missing 'bargain: 1' (the format version) at the top of the file");
    }
    if (const Node* v = f.find("campaign")) read_info(*v, c.info);
    else problem(root, "missing 'campaign:' with at least the campaign's name");
    each(f, "units", "units", [&](const Node& n) { read_unit(n, c); });
    f.with("affiliate", [&](const Node& v) { text(v, c.affiliate); });
    each(f, "sessions", "sessions", [&](const Node& n) { read_session(n, c); });
    each(f, "offers", "offers", [&](const Node& n) { read_offer(n, c); });
    each(f, "votes", "votes", [&](const Node& n) { read_vote(n, c); });
    each(f, "events", "events", [&](const Node& n) { read_event(n, c); });
    each(f, "constraints", "constraints", [&](const Node& n) { read_constraint(n, c); });
    f.done();
    check_references();
    // Such a constraint could never be checked: say so rather than pass it.
    if (!c.info.contract_expires_written)
        for (const Where& w : expiry_uses_)
            problem(w, "not_before counts from contract_expires, but the campaign gives no contract_expires");
}

void Reader::read_info(const Node& n, CampaignInfo& info) {
    if (!is_map(n, "the campaign's details")) return;
    Fields f(*this, n, "campaign");
    if (const Node* v = f.find("name")) text(*v, info.name);
    else problem(n, "the campaign has no name");
    f.with("employer", [&](const Node& v) { text(v, info.employer); });
    f.with("employer_address", [&](const Node& v) { text(v, info.employer_address); });
    f.with("union_address", [&](const Node& v) { text(v, info.union_address); });
    f.with("timezone", [&](const Node& v) {
        if (auto t = text(v)) {
            std::string why;
            if (auto zone = Zone::named(*t, &why)) {
                info.zone = *zone;
            } else {
                problem(v, why);
            }
        }
    });
    f.with("contract_expires", [&](const Node& v) {
        info.contract_expires_written = date_spec(v);
        if (info.contract_expires_written && info.contract_expires_written->absolute())
            info.contract_expires = *info.contract_expires_written->absolute();
    });
    f.with("law", [&](const Node& v) { read_law(v, info); });
    each(f, "holidays", "dates", [&](const Node& v) {
        // Business days count around the holidays, so a holiday cannot
        // itself be counted from other dates.
        if (v.kind == Node::Kind::map)
            problem(v, "a holiday is a date as YYYY-MM-DD: business days are counted around holidays, so a holiday "
                       "cannot count from another date");
        else if (auto d = date(v))
            info.holidays.push_back(*d);
    });
    // Sorted once, so counting business days can look holidays up by range.
    std::sort(info.holidays.begin(), info.holidays.end());
    info.holidays.erase(std::unique(info.holidays.begin(), info.holidays.end()), info.holidays.end());
    each(f, "contacts", "contacts", [&](const Node& v) {
        if (!is_map(v, "a contact")) return;
        Fields cf(*this, v, "a contact");
        Contact ct;
        cf.with("name", [&](const Node& x) { text(x, ct.name); });
        cf.with("role", [&](const Node& x) { text(x, ct.role); });
        cf.with("phone", [&](const Node& x) { text(x, ct.phone); });
        cf.with("email", [&](const Node& x) { text(x, ct.email); });
        cf.done();
        info.contacts.push_back(std::move(ct));
    });
    f.done();
}

// `law: ID`, or `law: {preset: ID, notice_days: N, ...}` to change a
// preset's numbers (a campaign's counsel may read the statute differently).
void Reader::read_law(const Node& n, CampaignInfo& info) {
    const LawPresets& presets = builtin_law_presets();
    std::vector<std::string> ids = presets.ids();
    auto preset = [&](const Node& v) {
        if (ids.empty()) return;  // the presets did not load: the checker says so
        choice(v, "law", ids, ids, info.law);
    };
    if (n.is_scalar()) return preset(n);
    if (n.kind != Node::Kind::map) {
        problem(n, std::string("law: expected a preset id (law: ") + (ids.empty() ? "ID" : ids.front()) +
                       ") or a mapping (law: {preset: ID, notice_days: N}), found " + n.kind_name());
        return;
    }
    Fields f(*this, n, "law");
    if (const Node* v = f.find("preset")) preset(*v);
    else problem(n, "law: needs preset: ID (" + one_of(ids) + ")");
    for (const std::string& key : law_number_keys())
        f.with(key, [&](const Node& v) {
            auto number = whole(v);
            if (number && *number > kMaxLawNumber) problem(v, key + " is too large: " + std::to_string(*number));
            else if (number) info.law_overrides.push_back({key, *number, where(v)});
        });
    f.done();
}

void Reader::read_unit(const Node& n, Campaign& c) {
    if (!is_map(n, "a unit")) return;
    Fields f(*this, n, "a unit");
    Unit u;
    u.where = where(n);
    id(f, n, "unit", u.id, false);
    f.with("name", [&](const Node& v) { text(v, u.name); });
    f.with("short", [&](const Node& v) { text(v, u.short_name); });
    f.with("members", [&](const Node& v) { u.members = whole(v); });
    f.with("payroll", [&](const Node& v) { u.payroll_cents = cents(v); });
    f.done();
    c.units.push_back(std::move(u));
}

void Reader::read_session(const Node& n, Campaign& c) {
    if (!is_map(n, "a session")) return;
    Fields f(*this, n, "a session");
    Session s;
    s.where = where(n);
    id(f, n, "session", s.id, true);
    f.with("date", [&](const Node& v) { s.date = date_spec(v); });
    f.with("start", [&](const Node& v) { s.start = time_of_day(v); });
    f.with("end", [&](const Node& v) { s.end = time_of_day(v); });
    f.with("location", [&](const Node& v) { text(v, s.location); });
    each(f, "proposals", "proposals", [&](const Node& v) {
        if (!is_map(v, "a proposal")) return;
        Fields pf(*this, v, "a proposal");
        Proposal p;
        pf.with("article", [&](const Node& x) { text(x, p.article); });
        pf.with("side", [&](const Node& x) { side(x, p.side); });
        pf.with("summary", [&](const Node& x) { text(x, p.summary); });
        pf.with("status", [&](const Node& x) {
            choice(x, "proposal status", {ProposalStatus::open, ProposalStatus::ta, ProposalStatus::withdrawn},
                   p.status);
        });
        pf.done();
        s.proposals.push_back(std::move(p));
    });
    f.done();
    c.sessions.push_back(std::move(s));
}

void Reader::read_offer(const Node& n, Campaign& c) {
    if (!is_map(n, "an offer")) return;
    Fields f(*this, n, "an offer");
    Offer o;
    o.where = where(n);
    id(f, n, "offer", o.id, true);
    if (!o.id.empty()) offer_ids_[o.id] = true;
    f.with("side", [&](const Node& v) { side(v, o.side); });
    f.with("label", [&](const Node& v) { text(v, o.label); });
    f.with("date", [&](const Node& v) { o.date = date_spec(v); });
    f.with("final", [&](const Node& v) {
        if (auto b = flag(v)) o.final = *b;
    });
    f.with("wages", [&](const Node& v) {
        if (auto items = list(v, "percentages")) read_wages(*items, o);
    });
    f.done();
    c.offers.push_back(std::move(o));
}

// Each year a percentage (1.5) or a flat amount per member ("$1,000").
void Reader::read_wages(const std::vector<Node>& items, Offer& o) {
    std::vector<long long> flat;
    for (size_t i = 0; i < items.size(); ++i) {
        const Node& v = items[i];
        if (!v.is_scalar() || v.value.empty() || v.value[0] != '$') {
            if (auto p = percent(v)) o.wages.push_back(*p);
            flat.push_back(0);
            continue;
        }
        // In [$1,000, 2.0] YAML splits the amount at its comma into "$1" and
        // "000": a raise of a dollar and a year of 0%, unless caught here.
        if (!v.quoted && i + 1 < items.size() && items[i + 1].is_scalar() && !items[i + 1].quoted &&
            is_thousands_group(items[i + 1].value) && v.value.find('.') == std::string::npos) {
            problem(v, "'" + v.value + "," + items[i + 1].value +
                           "' is split in two at its comma in a [...] list: quote it, \"" + v.value + "," +
                           items[i + 1].value + "\"");
            ++i;
            continue;
        }
        if (auto cents = flat_amount(v.value)) {
            o.wages.push_back(0);
            flat.push_back(*cents);
        } else {
            problem(v, "expected a flat amount like \"$1,000\" or \"$1,000.50\", found '" + v.value + "'");
        }
    }
    if (std::any_of(flat.begin(), flat.end(), [](long long x) { return x != 0; }) && flat.size() == o.wages.size())
        o.flat_cents = std::move(flat);
}

void Reader::read_vote(const Node& n, Campaign& c) {
    if (!is_map(n, "a vote")) return;
    Fields f(*this, n, "a vote");
    Vote v;
    v.where = where(n);
    id(f, n, "vote", v.id, true);
    f.with("kind", [&](const Node& x) {
        choice(x, "vote kind",
               {VoteKind::lbo, VoteKind::ratification, VoteKind::strike_authorization, VoteKind::other}, v.kind);
    });
    f.with("offer", [&](const Node& x) { reference(Reference::To::offer, x, v.offer); });
    if (const Node* q = f.find("question")) text(*q, v.question);
    else problem(n, "this vote has no question");
    f.with("opens", [&](const Node& x) { when(x, v.opens, v.opens_from); });
    f.with("closes", [&](const Node& x) { when(x, v.closes, v.closes_from); });
    each(f, "units", "unit ids", [&](const Node& x) {
        std::string unit;
        reference(Reference::To::unit, x, unit);
        if (!unit.empty()) v.units.push_back(unit);
    });
    const Node* ballots = f.find("ballots");
    const Node* totals = f.find("totals");
    if (ballots) read_paths(*ballots, "a ballot file", v.ballots);
    if (totals) read_paths(*totals, "a totals file", v.totals);
    // Counting records and adding up a vendor's totals are different counts;
    // one vote cannot be both. With both, columns: is read as the first one's.
    bool from_totals = totals && !ballots;
    if (ballots && totals) {
        const Node* second = later_key(n, "ballots", "totals");
        problem(*second, "a vote is counted from ballots or from a vendor's totals, not both");
        from_totals = second->value == "ballots";
    }
    f.with("column", [&](const Node& x) { text(x, v.column); });
    // Which columns there are depends on what the vote is counted from
    // (ballots, when it names neither yet).
    f.with("columns", [&](const Node& x) {
        if (from_totals)
            read_columns(x, "columns", {Column::question, Column::option, Column::votes, Column::unit},
                         "a totals file's", "a column of ballot files, and this vote is counted from totals",
                         v.mapping.columns);
        else
            read_columns(x, "columns", {Column::voter, Column::ballot, Column::unit, Column::cast_at},
                         "a ballot file's",
                         "a column of a vendor's totals, and this vote is not counted from totals",
                         v.mapping.columns);
    });
    f.with("answers", [&](const Node& x) { read_answers(x, v.mapping.answers); });
    f.with("delimiter", [&](const Node& x) { read_delimiter(x, v.mapping); });
    const Node* roster = f.find("roster");
    if (roster) text(*roster, v.roster);
    f.with("roster_columns", [&](const Node& x) {
        read_columns(x, "roster_columns", {Column::voter, Column::unit}, "a roster's", "", v.roster_columns);
    });
    f.with("eligible", [&](const Node& x) {
        auto number = whole(x);
        if (!number) return;
        if (*number == 0) problem(x, "a vote with no eligible voters cannot be decided");
        else if (roster)
            problem(*key_of(n, "eligible"), "the roster gives the eligible voters; remove eligible: or roster:");
        else v.eligible = number;
    });
    // Parsed here, so that a misspelt rule is an error at its line, not a
    // surprise when the ballots are in.
    v.counting_rule = *parse_rule("majority");
    f.with("rule", [&](const Node& x) {
        if (!text(x, v.rule)) return;
        if (auto rule = parse_rule(v.rule)) v.counting_rule = std::move(*rule);
        else problem(x, rule.error().message);
    });
    f.with("turnout", [&](const Node& x) {
        if (!text(x, v.turnout)) return;
        if (auto error = add_turnout(v.counting_rule, v.turnout)) problem(x, error->message);
    });
    f.done();
    if (v.column.empty()) v.column = v.id;
    c.votes.push_back(std::move(v));
}

// One file, or a list of them.
void Reader::read_paths(const Node& n, const std::string& what, std::vector<std::string>& out) {
    if (n.is_scalar()) {
        out.push_back(n.value);
    } else if (n.kind == Node::Kind::sequence) {
        for (const Node& b : n.items)
            if (auto t = text(b)) out.push_back(*t);
    } else {
        problem(n, "expected " + what + " or a list of them, found " + n.kind_name());
    }
}

// `columns: {voter: Member ID, ...}`: the export's own header for each of
// the columns `allowed` (a ballot file's, a totals file's or a roster's).
// A header is any text; a number or a flag is read as written. A column
// that belongs to the other kind of file is `other_kind` ("" when there is
// no other kind).
void Reader::read_columns(const Node& n, const std::string& key, const std::vector<Column>& allowed,
                          const std::string& whose, const std::string& other_kind, ColumnMap& out) {
    std::vector<std::string> names;
    for (Column c : allowed) names.push_back(column_key(c));
    std::string listed = whose + " columns are " + all_of(names);
    if (n.kind != Node::Kind::map) {
        problem(n, key + ": expected the export's header for each column, like {" + names.front() +
                       ": Member ID}, found " + n.kind_name());
        return;
    }
    for (const auto& [k, v] : n.entries) {
        std::optional<Column> column = column_named(k.value);
        if (!column || std::find(allowed.begin(), allowed.end(), *column) == allowed.end()) {
            if (column && !other_kind.empty())
                problem(k, "'" + k.value + "' is " + other_kind + "; " + listed);
            else
                problem(k, "unknown key '" + k.value + "' in " + key + did_you_mean(k.value, names) + "; " + listed);
            continue;
        }
        if (v.kind == Node::Kind::null) continue;
        if (auto header = text(v)) problem(out.map(*column, *header, place(v, key + ": " + k.value)));
    }
}

// `answers: {yes: [Y, For], no: N}`: the export's words for each answer,
// each word checked at its own place.
void Reader::read_answers(const Node& n, AnswerWords& out) {
    const std::vector<std::string> names = {"yes", "no", "abstain", "blank", "void"};
    if (n.kind != Node::Kind::map) {
        problem(n, std::string("answers: expected the export's words for each answer, like {yes: [Y, For]}, found ") +
                       n.kind_name());
        return;
    }
    for (const auto& [k, v] : n.entries) {
        std::optional<Answer> answer = answer_named(k.value);
        if (!answer) {
            problem(k, "unknown key '" + k.value + "' in answers" + did_you_mean(k.value, names) +
                           "; the answers are " + all_of(names));
            continue;
        }
        std::string shown = "answers: " + k.value;
        auto word = [&](const Node& w) {
            if (auto t = text(w)) problem(out.map(*t, *answer, place(w, shown)));
        };
        if (v.kind == Node::Kind::sequence) {
            for (const Node& w : v.items) word(w);
        } else if (v.kind == Node::Kind::map) {
            problem(v, std::string("expected a word or a list of words, found ") + v.kind_name());
        } else if (v.kind != Node::Kind::null) {
            word(v);
        }
    }
}

void Reader::read_delimiter(const Node& n, ExportMapping& out) {
    auto t = text(n);
    if (!t) return;
    if (auto d = delimiter_from_name(*t)) {
        out.delimiter = d;
        out.delimiter_where = place(n, "delimiter: " + *t);
        return;
    }
    const std::vector<std::string> names = {"comma", "semicolon", "tab"};
    problem(n, "delimiter must be comma, semicolon or tab (or the character itself), not '" + visible(*t) + "'" +
                   did_you_mean(*t, names));
}

void Reader::read_event(const Node& n, Campaign& c) {
    if (!is_map(n, "an event")) return;
    Fields f(*this, n, "an event");
    Event e;
    e.where = where(n);
    id(f, n, "event", e.id, true);
    f.with("kind", [&](const Node& x) {
        choice(x, "event kind",
               {EventKind::picket, EventKind::rally, EventKind::strike, EventKind::notice, EventKind::mediation,
                EventKind::deadline, EventKind::meeting, EventKind::other},
               e.kind);
    });
    f.with("type", [&](const Node& x) { text(x, e.type); });
    f.with("title", [&](const Node& x) { text(x, e.title); });
    if (const Node* d = f.find("date")) e.date = date_spec(*d);
    else problem(n, "this event has no date");
    f.with("start", [&](const Node& x) { e.start = time_of_day(x); });
    f.with("end", [&](const Node& x) { e.end = time_of_day(x); });
    f.with("what", [&](const Node& x) { text(x, e.what); });
    f.with("who", [&](const Node& x) { text(x, e.who); });
    f.with("why", [&](const Node& x) { text(x, e.why); });
    each(f, "locations", "locations", [&](const Node& x) {
        if (!is_map(x, "a location")) return;
        Fields lf(*this, x, "a location");
        Location l;
        lf.with("name", [&](const Node& y) { text(y, l.name); });
        lf.with("address", [&](const Node& y) { text(y, l.address); });
        lf.with("city", [&](const Node& y) { text(y, l.city); });
        lf.done();
        e.locations.push_back(std::move(l));
    });
    f.done();
    c.events.push_back(std::move(e));
}

void Reader::read_constraint(const Node& n, Campaign& c) {
    if (!is_map(n, "a constraint")) return;
    Fields f(*this, n, "a constraint");
    Constraint k;
    k.where = where(n);
    const Node* first = f.find("first");
    const Node* event = f.find("event");
    if (first && event) {
        problem(n, "a constraint has first: and then:, or event: and not_before:, not both");
        f.find("then");
        f.find("min_days");
        f.find("not_before");
    } else if (first || !event) {
        OrderConstraint o;
        if (first) reference(Reference::To::item, *first, o.first);
        else problem(n, "a constraint needs first:, then: and min_days:, or event: and not_before:");
        if (const Node* then = f.find("then")) reference(Reference::To::item, *then, o.then);
        else if (first) problem(n, "this constraint has no then:");
        f.with("min_days", [&](const Node& x) {
            if (auto d = whole(x)) o.min_days = *d;
        });
        k.rule = o;
    } else {
        NotBeforeConstraint nb;
        reference(Reference::To::item, *event, nb.event);
        if (const Node* x = f.find("not_before")) {
            if (x->kind == Node::Kind::map) {
                if (auto spec = date_spec(*x)) nb.not_before_relative = *spec->relative();
                // The timeline checks this for the dates it resolves; this one
                // is counted only when the constraint is checked.
                if (nb.not_before_relative && nb.not_before_relative->days > kMaxRelativeDays) {
                    problem(*x, "more than " + std::to_string(kMaxRelativeDays) + " days away");
                    nb.not_before_relative.reset();
                }
                if (nb.not_before_relative && nb.not_before_relative->anchor == kContractExpires)
                    expiry_uses_.push_back(where(*x));
            } else if (auto t = text(*x)) {
                if (*t == kContractExpires) expiry_uses_.push_back(where(*x));
                nb.not_before = *t;
                std::string why;
                if (auto d = parse_date(*t, &why)) nb.not_before_date = d;
                // Shaped like a date but not one (2026-02-30): say so, rather
                // than look for an item of that id.
                else if (looks_like_date(*t)) problem(*x, why + ", found '" + *t + "'");
                else if (*t != kContractExpires) references_.push_back({Reference::To::item, *t, where(*x)});
            }
        } else {
            problem(n, "this constraint has no not_before:");
        }
        k.rule = nb;
    }
    f.done();
    c.constraints.push_back(std::move(k));
}

void Reader::check_references() {
    std::vector<std::string> units, offers, items;
    for (const auto& [id, line] : unit_ids_) units.push_back(id);
    for (const auto& [id, yes] : offer_ids_) offers.push_back(id);
    for (const auto& [id, line] : ids_) items.push_back(id);
    for (const Reference& r : references_) {
        switch (r.to) {
            case Reference::To::unit:
                if (!unit_ids_.count(r.id)) problem(r.where, "no unit with id '" + r.id + "'" + did_you_mean(r.id, units));
                break;
            case Reference::To::offer:
                if (!offer_ids_.count(r.id))
                    problem(r.where, "no offer with id '" + r.id + "'" + did_you_mean(r.id, offers));
                break;
            case Reference::To::item:
                if (!ids_.count(r.id))
                    problem(r.where,
                            "no session, offer, vote or event with id '" + r.id + "'" + did_you_mean(r.id, items));
                break;
        }
    }
}

}  // namespace

CampaignLoad load_campaign(Input& in) {
    CampaignLoad load;
    load.campaign.path = in.path();
    Result<YamlNode> root = load_yaml_document(in);
    if (!root) {
        load.problems.push_back(root.error());
        return load;
    }
    Reader reader(in.name(), load.problems);
    reader.read(*root, load.campaign);
    std::stable_sort(load.problems.begin(), load.problems.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return load;
}

CampaignLoad load_campaign_text(std::string name, std::string text) {
    std::unique_ptr<Input> in = Input::from_string(std::move(name), std::move(text));
    CampaignLoad load = load_campaign(*in);
    load.campaign.path.clear();
    return load;
}

}  // namespace bargain
