// Reads campaign.yaml into a Campaign, collecting every problem instead of
// stopping at the first: a team fixing a file wants the whole list. Only a
// YAML syntax error stops the load, since nothing after it can be trusted.
//
// Each mapping is read through a YamlMap (io/yaml_map.h), which records the
// keys it was asked for, so that any other key is reported with a "did you
// mean" over exactly the keys that mapping knows.
#include "campaign/campaign.h"

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <tuple>
#include <utility>

#include "campaign/law_preset.h"
#include "campaign/proposal_language.h"
#include "campaign/schedule_reader.h"
#include "core/decimal.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/utf8.h"
#include "core/visible.h"
#include "io/csv_reader.h"
#include "io/yaml_map.h"
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

const char* name_of(NoticeType type) {
    switch (type) {
        case NoticeType::intent_to_strike: return "intent-to-strike";
        case NoticeType::bargaining_notice: return "bargaining-notice";
        case NoticeType::fmcs_notice: return "fmcs-notice";
        case NoticeType::none: break;
    }
    return "";
}

std::string Campaign::resolve_path(const std::string& written) const {
    std::filesystem::path p(written);
    if (p.is_absolute() || path.empty() || path == "-") return written;
    return (std::filesystem::path(path).parent_path() / p).string();
}

namespace {

using Node = YamlNode;

// How a character an id may not hold is named in an error message.
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
// A schedule's id is a word too, but no date counts from it (`dated`).
std::optional<std::string> id_problem(std::string_view id, bool word, bool dated) {
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
    if (dated && id == kContractExpires)
        return std::string("'contract_expires' names the contract's expiry date; give this item another id");
    // not_before: takes an id or a date, so a date-shaped id would be ambiguous.
    if (dated && looks_like_date(id))
        return "id '" + std::string(id) + "' looks like a date, which not_before: could not tell from an id; add a word"
               " (like rally-" + std::string(id) + ")";
    return std::nullopt;
}

// The words the file uses for an enum's values, from name_of().
template <class E>
Choices<E> named(std::initializer_list<E> values) {
    Choices<E> out;
    for (E v : values) out.push_back({name_of(v), v});
    return out;
}

const Choices<Side> kSides = named({Side::union_, Side::employer});
const Choices<ProposalStatus> kStatuses = named({ProposalStatus::open, ProposalStatus::ta, ProposalStatus::withdrawn});
const Choices<VoteKind> kVoteKinds =
    named({VoteKind::lbo, VoteKind::ratification, VoteKind::strike_authorization, VoteKind::other});
const Choices<EventKind> kEventKinds =
    named({EventKind::picket, EventKind::rally, EventKind::strike, EventKind::notice, EventKind::mediation,
           EventKind::deadline, EventKind::meeting, EventKind::other});
const Choices<NoticeType> kNoticeTypes =
    named({NoticeType::intent_to_strike, NoticeType::bargaining_notice, NoticeType::fmcs_notice});

// A wage increase: exact to a ten-thousandth of a percent, up to the
// campaign's largest whole number.
const DecimalKind kPercent{{4, true, kMaxWholeNumber * kWageScale + (kWageScale - 1)}, "a percentage", "1.5"};

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

// The name spaces of ids: sessions, offers, votes and events share one
// (what relative dates and constraints name); units and schedules each
// have their own.
enum class IdSpace { items, units, schedules };

// A unit id in a schedule's units:, checked once the whole file is read.
struct ScheduledUnit {
    std::string unit;
    std::size_t schedule;  // in Campaign::schedules
    Where where;
};

// A reference to an id, checked once every id is known.
struct Reference {
    enum class To { unit, offer, item } to;
    std::string id;
    Where where;
};

// Each part of the file is read through a YamlMap (io/yaml_map.h), which
// reports the keys nobody asked for; this class knows what the parts mean.
class Reader {
public:
    Reader(std::string file, std::vector<Diagnostic>& problems, const OpenCampaignFile& open)
        : r_(std::move(file), problems), schedules_(r_, open) {}

    void read(const Node& root, Campaign& c);

private:
    void problem(Where at, std::string message, std::string help = {}) {
        r_.problem(Diagnostic{r_.file(), at.line, at.column, std::move(message), std::move(help)});
    }
    void problem(const Node& at, std::string message, std::string help = {}) {
        r_.problem(at, std::move(message), std::move(help));
    }
    void problem(std::optional<Diagnostic> d) {
        if (d) r_.problem(std::move(*d));
    }
    static Where where(const Node& n) { return Where{n.line, n.column}; }
    // Where an export mapping was written, for its own messages: "columns: voter".
    MappingPlace place(const Node& n, std::string shown) const {
        return MappingPlace{r_.file(), n.line, n.column, std::move(shown)};
    }

    // `time`, when given, lets a relative date carry `time: HH:MM` (a vote's
    // window); elsewhere that key is unknown.
    std::optional<DateSpec> date_spec(const Node& n, std::optional<std::chrono::minutes>* time = nullptr);
    // A vote's opens/closes: a datetime, or a relative date with a time.
    void when(const Node& n, std::optional<DateTime>& at, std::optional<RelativeWhen>& from);
    void id(YamlMap& f, const std::string& what, std::string& out, IdSpace space);
    void reference(Reference::To to, const Node& n, std::string& out) {
        if (auto t = r_.text(n)) {
            out = *t;
            references_.push_back({to, *t, where(n)});
        }
    }

    void read_info(const Node& n, CampaignInfo& info);
    void read_law(const Node& n, CampaignInfo& info);
    void read_unit(const Node& n, Campaign& c);
    void read_schedule(const Node& n, Campaign& c);
    void check_scheduled_units(const Campaign& c);
    void read_session(const Node& n, Campaign& c);
    void read_offer(const Node& n, Campaign& c);
    void read_wages(const std::vector<Node>& items, Offer& o);
    void read_vote(const Node& n, Campaign& c);
    void read_counting(YamlMap& f, Vote& v);
    void read_paths(const Node& n, const std::string& what, std::vector<std::string>& out);
    void read_columns(const Node& n, const std::string& key, const std::vector<Column>& allowed,
                      const std::string& whose, const std::string& other_kind, ColumnMap& out);
    void read_answers(const Node& n, AnswerWords& out);
    void read_delimiter(const Node& n, ExportMapping& out);
    void read_event(const Node& n, Campaign& c);
    void read_constraint(const Node& n, Campaign& c);
    void read_not_before(const Node& n, NotBeforeConstraint& nb);
    void check_references();

    YamlReader r_;
    std::map<std::string, long long> ids_;       // sessions, offers, votes, events -> line
    std::map<std::string, long long> unit_ids_;  // -> line
    std::map<std::string, bool> offer_ids_;
    std::map<std::string, long long> schedule_ids_;  // -> line
    std::map<std::string, Where> payrolls_;  // unit id -> its payroll: key
    std::vector<ScheduledUnit> scheduled_;
    ScheduleReader schedules_;
    std::vector<Reference> references_;
    std::vector<Where> expiry_uses_;  // not_before: values that name contract_expires
};

std::optional<DateSpec> Reader::date_spec(const Node& n, std::optional<std::chrono::minutes>* time) {
    if (n.is_scalar()) {
        if (auto d = r_.date(n)) return DateSpec{*d, where(n)};
        return std::nullopt;
    }
    if (n.kind != Node::Kind::map) {
        problem(n, std::string("expected a date or {after: ID, days: N}, found ") + n.kind_name());
        return std::nullopt;
    }
    YamlMap f(r_, n, "a relative date");
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
        else ok = r_.text(anchor).has_value();
    }
    if (const Node* days = f.need("days", "a relative date needs days: N")) {
        std::string instead = r.after ? "; for a date before it, write before: instead of after:"
                                      : "; for a date after it, write after: instead of before:";
        if (auto d = r_.count(*days, instead)) r.days = *d;
        else ok = false;
    } else {
        ok = false;
    }
    if (f.find("business")) {
        if (auto b = f.flag("business")) r.business = *b;
        else ok = false;
    }
    if (time && f.find("time")) {
        *time = f.time_of_day("time");
        ok = ok && time->has_value();
    }
    f.done();
    if (!ok) return std::nullopt;
    return DateSpec{r, where(n)};
}

void Reader::when(const Node& n, std::optional<DateTime>& at, std::optional<RelativeWhen>& from) {
    if (n.kind != Node::Kind::map) {
        at = r_.datetime(n);
        return;
    }
    std::optional<std::chrono::minutes> time;
    if (auto spec = date_spec(n, &time)) from = RelativeWhen{*spec->relative(), time, spec->where};
}

// Reads an item's required id, unique in its name space.
void Reader::id(YamlMap& f, const std::string& what, std::string& out, IdSpace space) {
    const Node* v = f.need("id", "this " + what + " has no id");
    if (!v) return;
    auto t = r_.text(*v);
    if (!t) return;
    out = *t;
    if (auto why = id_problem(*t, space != IdSpace::units, space == IdSpace::items)) {
        problem(*v, *why);
        return;
    }
    auto& table = space == IdSpace::items ? ids_ : space == IdSpace::units ? unit_ids_ : schedule_ids_;
    auto [it, fresh] = table.emplace(*t, v->line);
    if (!fresh) problem(*v, "duplicate id '" + *t + "' (first at line " + std::to_string(it->second) + ")");
}

void Reader::read(const Node& root, Campaign& c) {
    const char* const no_version = "missing 'bargain: 1' (the format version) at the top of the file";
    if (root.kind == Node::Kind::null) return problem(root, no_version);
    auto f = YamlMap::of(r_, root, "the campaign file", "a mapping");
    if (!f) return;
    if (const Node* v = f->need("bargain", no_version))
        if (!v->is_scalar() || v->value != "1")
            problem(*v, "this is campaign format version 1; found bargain: " +
                            (v->is_scalar() ? v->value : std::string(v->kind_name())));
    if (const Node* v = f->need("campaign", "missing 'campaign:' with at least the campaign's name"))
        read_info(*v, c.info);
    f->each("units", "units", [&](const Node& n) { read_unit(n, c); });
    if (const Node* v = f->find("costing")) schedules_.read_costing(*v, c.costing);
    f->each("schedules", "salary schedules", [&](const Node& n) { read_schedule(n, c); });
    f->text("affiliate", c.affiliate);
    if (const Node* v = f->find("contract"))
        if (auto t = r_.text(*v)) {
            if (t->empty()) {
                problem(*v, "contract: names the folder of the contract's Markdown files, like contract/");
            } else {
                c.contract = c.resolve_path(*t);
                c.contract_at = where(*v);
            }
        }
    f->each("sessions", "sessions", [&](const Node& n) { read_session(n, c); });
    f->each("offers", "offers", [&](const Node& n) { read_offer(n, c); });
    f->each("votes", "votes", [&](const Node& n) { read_vote(n, c); });
    f->each("events", "events", [&](const Node& n) { read_event(n, c); });
    f->each("constraints", "constraints", [&](const Node& n) { read_constraint(n, c); });
    f->done();
    check_references();
    check_scheduled_units(c);
    schedules_.finish(c);
    // Such a constraint could never be checked: say so rather than pass it.
    if (!c.info.contract_expires_written)
        for (const Where& w : expiry_uses_)
            problem(w, "not_before counts from contract_expires, but the campaign gives no contract_expires");
}

void Reader::read_info(const Node& n, CampaignInfo& info) {
    auto f = YamlMap::of(r_, n, "campaign", "the campaign's details");
    if (!f) return;
    if (f->need("name", "the campaign has no name")) f->text("name", info.name);
    f->text("employer", info.employer);
    f->text("employer_address", info.employer_address);
    f->text("union_address", info.union_address);
    if (const Node* v = f->find("timezone"))
        if (auto t = r_.text(*v)) {
            std::string why;
            if (auto zone = Zone::named(*t, &why)) info.zone = *zone;
            else problem(*v, why);
        }
    if (const Node* v = f->find("contract_expires")) {
        info.contract_expires_written = date_spec(*v);
        if (info.contract_expires_written && info.contract_expires_written->absolute())
            info.contract_expires = *info.contract_expires_written->absolute();
    }
    if (const Node* v = f->find("law")) read_law(*v, info);
    f->each("holidays", "dates", [&](const Node& v) {
        // Business days count around the holidays, so a holiday cannot
        // itself be counted from other dates.
        if (v.kind == Node::Kind::map)
            problem(v, "a holiday is a date as YYYY-MM-DD: business days are counted around holidays, so a holiday "
                       "cannot count from another date");
        else if (auto d = r_.date(v))
            info.holidays.push_back(*d);
    });
    // Sorted once, so counting business days can look holidays up by range.
    std::sort(info.holidays.begin(), info.holidays.end());
    info.holidays.erase(std::unique(info.holidays.begin(), info.holidays.end()), info.holidays.end());
    f->each("contacts", "contacts", [&](const Node& v) {
        auto cf = YamlMap::of(r_, v, "a contact");
        if (!cf) return;
        Contact ct;
        cf->text("name", ct.name);
        cf->text("role", ct.role);
        cf->text("phone", ct.phone);
        cf->text("email", ct.email);
        ct.is_private = cf->flag("private").value_or(false);
        cf->done();
        info.contacts.push_back(std::move(ct));
    });
    f->done();
}

// `law: ID`, or `law: {preset: ID, notice_days: N, ...}` to change a
// preset's numbers (a campaign's counsel may read the statute differently).
void Reader::read_law(const Node& n, CampaignInfo& info) {
    const LawPresets& presets = builtin_law_presets();
    std::vector<std::string> ids = presets.ids();
    Choices<std::string> choices;
    for (const std::string& id : ids) choices.push_back({id, id});
    auto preset = [&](const Node& v) {
        if (ids.empty()) return;  // the presets did not load: the checker says so
        if (auto law = r_.choice(v, "law", choices)) info.law = *law;
    };
    if (n.is_scalar()) return preset(n);
    if (n.kind != Node::Kind::map) {
        problem(n, std::string("law: expected a preset id (law: ") + (ids.empty() ? "ID" : ids.front()) +
                       ") or a mapping (law: {preset: ID, notice_days: N}), found " + n.kind_name());
        return;
    }
    YamlMap f(r_, n, "law");
    if (const Node* v = f.need("preset", "law: needs preset: ID (" + joined_or(ids) + ")")) preset(*v);
    for (const std::string& key : law_number_keys())
        if (const Node* v = f.find(key)) {
            auto number = r_.count(*v);
            if (number && *number > kMaxLawNumber) problem(*v, key + " is too large: " + std::to_string(*number));
            else if (number) info.law_overrides.push_back({key, *number, where(*v)});
        }
    f.done();
}

void Reader::read_unit(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "a unit");
    if (!f) return;
    Unit u;
    u.where = where(n);
    id(*f, "unit", u.id, IdSpace::units);
    f->text("name", u.name);
    f->text("short", u.short_name);
    u.members = f->count("members");
    u.payroll_cents = f->cents("payroll");
    if (u.payroll_cents && !u.id.empty()) payrolls_.emplace(u.id, where(*f->key("payroll")));
    f->done();
    c.units.push_back(std::move(u));
}

void Reader::read_schedule(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "a schedule");
    if (!f) return;
    SalarySchedule s;
    s.line = n.line;
    s.column = n.column;
    id(*f, "schedule", s.id, IdSpace::schedules);
    const char* const no_units = "this schedule has no units: the ids of the units paid on it";
    if (const Node* units = f->need("units", no_units)) {
        f->each("units", "unit ids", [&](const Node& x) {
            std::string unit;
            reference(Reference::To::unit, x, unit);
            if (unit.empty()) return;
            s.units.push_back(unit);
            scheduled_.push_back({unit, c.schedules.size(), where(x)});
        });
        if (units->kind == Node::Kind::sequence && units->items.empty()) problem(*units, no_units);
    }
    schedules_.read_schedule(*f, c, s);
    f->done();
    c.schedules.push_back(std::move(s));
}

// A unit is costed from its payroll or from one schedule, never two ways:
// its wage bill would be counted twice. Said at whichever comes second.
void Reader::check_scheduled_units(const Campaign& c) {
    std::map<std::string, const ScheduledUnit*> first;
    for (const ScheduledUnit& u : scheduled_) {
        if (!unit_ids_.count(u.unit)) continue;  // "no unit with id" already
        const std::string& schedule = c.schedules[u.schedule].id;
        auto [it, fresh] = first.emplace(u.unit, &u);
        if (!fresh) {
            const ScheduledUnit& was = *it->second;
            std::string line = std::to_string(was.where.line);
            if (was.schedule == u.schedule)
                problem(u.where, "unit '" + u.unit + "' is listed twice in this schedule's units (first at line " +
                                     line + ")");
            else
                problem(u.where, "unit '" + u.unit + "' is already on schedule '" + c.schedules[was.schedule].id +
                                     "' (line " + line + "); a unit is paid on one schedule");
            continue;
        }
        auto payroll = payrolls_.find(u.unit);
        if (payroll == payrolls_.end()) continue;
        const Where& p = payroll->second;
        if (std::pair(p.line, p.column) < std::pair(u.where.line, u.where.column))
            problem(u.where, "unit '" + u.unit + "' has a payroll: (line " + std::to_string(p.line) +
                                 "); a unit is costed from its payroll or from its schedule, not both");
        else
            problem(p, "unit '" + u.unit + "' is on schedule '" + schedule + "' (line " +
                           std::to_string(u.where.line) +
                           "); a unit is costed from its payroll or from its schedule, not both");
    }
}

void Reader::read_session(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "a session");
    if (!f) return;
    Session s;
    s.where = where(n);
    id(*f, "session", s.id, IdSpace::items);
    s.is_private = f->flag("private").value_or(false);
    if (const Node* v = f->find("date")) s.date = date_spec(*v);
    s.start = f->time_of_day("start");
    s.end = f->time_of_day("end");
    f->text("location", s.location);
    f->each("proposals", "proposals", [&](const Node& v) {
        auto pf = YamlMap::of(r_, v, "a proposal");
        if (!pf) return;
        Proposal p;
        p.where = where(v);
        pf->text("article", p.article);
        p.side = pf->choice("side", "side", kSides).value_or(p.side);
        pf->text("summary", p.summary);
        p.status = pf->choice("status", "proposal status", kStatuses).value_or(p.status);
        read_proposal_language(*pf, c, p);
        pf->done();
        s.proposals.push_back(std::move(p));
    });
    f->done();
    c.sessions.push_back(std::move(s));
}

void Reader::read_offer(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "an offer");
    if (!f) return;
    Offer o;
    o.where = where(n);
    id(*f, "offer", o.id, IdSpace::items);
    o.is_private = f->flag("private").value_or(false);
    if (!o.id.empty()) offer_ids_[o.id] = true;
    o.side = f->choice("side", "side", kSides).value_or(o.side);
    f->text("label", o.label);
    if (const Node* v = f->find("date")) o.date = date_spec(*v);
    o.final = f->flag("final").value_or(false);
    if (const auto* items = f->list("wages", "percentages")) read_wages(*items, o);
    schedules_.read_offer_terms(*f, o);
    f->done();
    c.offers.push_back(std::move(o));
}

// Each year a percentage (1.5) or a flat amount per member ("$1,000").
void Reader::read_wages(const std::vector<Node>& items, Offer& o) {
    std::vector<long long> flat;
    for (size_t i = 0; i < items.size(); ++i) {
        const Node& v = items[i];
        if (!v.is_scalar() || v.value.empty() || v.value[0] != '$') {
            if (auto p = r_.decimal(v, kPercent)) o.wages.push_back(*p);
            flat.push_back(0);
            continue;
        }
        // In [$1,000, 2.0] YAML splits the amount at its comma into "$1" and
        // "000": a raise of a dollar and a year of 0%, unless caught here.
        if (std::size_t split = r_.split_amount(items, i)) {
            i += split;
            continue;
        }
        if (Decimal cents = parse_money(v.value, kMaxWholeNumber * 100 + 99)) {
            o.wages.push_back(0);
            flat.push_back(cents.scaled);
        } else {
            problem(v, "expected a flat amount like \"$1,000\" or \"$1,000.50\", found '" + v.value + "'");
        }
    }
    if (std::any_of(flat.begin(), flat.end(), [](long long x) { return x != 0; }) && flat.size() == o.wages.size())
        o.flat_cents = std::move(flat);
}

void Reader::read_vote(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "a vote");
    if (!f) return;
    Vote v;
    v.where = where(n);
    id(*f, "vote", v.id, IdSpace::items);
    v.is_private = f->flag("private").value_or(false);
    v.kind = f->choice("kind", "vote kind", kVoteKinds).value_or(v.kind);
    if (const Node* x = f->find("offer")) reference(Reference::To::offer, *x, v.offer);
    if (f->need("question", "this vote has no question")) f->text("question", v.question);
    if (const Node* x = f->find("opens")) when(*x, v.opens, v.opens_from);
    if (const Node* x = f->find("closes")) when(*x, v.closes, v.closes_from);
    f->each("units", "unit ids", [&](const Node& x) {
        std::string unit;
        reference(Reference::To::unit, x, unit);
        if (!unit.empty()) v.units.push_back(unit);
    });
    const Node* ballots = f->find("ballots");
    const Node* totals = f->find("totals");
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
    f->text("column", v.column);
    // Which columns there are depends on what the vote is counted from
    // (ballots, when it names neither yet).
    if (const Node* x = f->find("columns")) {
        if (from_totals)
            read_columns(*x, "columns", {Column::question, Column::option, Column::votes, Column::unit},
                         "a totals file's", "a column of ballot files, and this vote is counted from totals",
                         v.mapping.columns);
        else
            read_columns(*x, "columns", {Column::voter, Column::ballot, Column::unit, Column::cast_at},
                         "a ballot file's",
                         "a column of a vendor's totals, and this vote is not counted from totals",
                         v.mapping.columns);
    }
    if (const Node* x = f->find("answers")) read_answers(*x, v.mapping.answers);
    if (const Node* x = f->find("delimiter")) read_delimiter(*x, v.mapping);
    const Node* roster = f->find("roster");
    if (roster) f->text("roster", v.roster);
    if (const Node* x = f->find("roster_columns"))
        read_columns(*x, "roster_columns", {Column::voter, Column::unit}, "a roster's", "", v.roster_columns);
    if (const Node* x = f->find("eligible")) {
        auto number = r_.count(*x);
        if (number && *number == 0) problem(*x, "a vote with no eligible voters cannot be decided");
        else if (number && roster)
            problem(*f->key("eligible"), "the roster gives the eligible voters; remove eligible: or roster:");
        else v.eligible = number;
    }
    if (const Node* x = f->find("min_unit_ballots"))
        v.min_unit_ballots = r_.count(*x, ": the fewest ballots a unit needs for its counts to be shown (0 shows every unit's)");
    read_counting(*f, v);
    f->each("committee", "names", [&](const Node& x) {
        if (auto name = r_.text(x)) {
            if (trim(*name).empty()) problem(x, "a committee member's name is empty");
            else v.committee.push_back(std::string(trim(*name)));
        }
    });
    f->done();
    if (v.column.empty()) v.column = v.id;
    c.votes.push_back(std::move(v));
}

// `rule:` and `turnout:`, parsed here so that a misspelt rule is an error
// at its line, not a surprise when the ballots are in.
void Reader::read_counting(YamlMap& f, Vote& v) {
    if (const Node* x = f.find("rule"))
        if (f.text("rule", v.rule)) {
            if (auto rule = parse_rule(v.rule, Place{r_.file(), x->line, x->column})) v.parsed_rule = std::move(*rule);
            else problem(rule.error());
        }
    v.counting_rule = v.parsed_rule.value_or(majority_rule());
    if (const Node* x = f.find("turnout"))
        if (f.text("turnout", v.turnout)) {
            Rule with_turnout;
            if (auto error = add_turnout(with_turnout, v.turnout, Place{r_.file(), x->line, x->column})) {
                problem(*error);
            } else {
                v.turnout_clause = std::get<Threshold>(with_turnout.clauses.back());
                v.counting_rule.clauses.emplace_back(*v.turnout_clause);
            }
        }
}

// One file, or a list of them.
void Reader::read_paths(const Node& n, const std::string& what, std::vector<std::string>& out) {
    if (n.is_scalar()) {
        out.push_back(n.value);
    } else if (n.kind == Node::Kind::sequence) {
        for (const Node& b : n.items)
            if (auto t = r_.text(b)) out.push_back(*t);
    } else {
        problem(n, "expected " + what + " or a list of them, found " + n.kind_name());
    }
}

// `columns: {voter: Member ID, ...}`: the export's own header for each of
// the columns `allowed` (a ballot file's, a totals file's or a roster's).
// A header is any text; a number or a flag is read as written. A column
// that belongs to the other kind of file is `other_kind` ("" when there is
// no other kind). The keys are columns, not fields, so they are looked up
// by name rather than asked for.
void Reader::read_columns(const Node& n, const std::string& key, const std::vector<Column>& allowed,
                          const std::string& whose, const std::string& other_kind, ColumnMap& out) {
    std::vector<std::string> names;
    for (Column c : allowed) names.push_back(column_key(c));
    std::string listed = whose + " columns are " + joined_and(names);
    if (n.kind != Node::Kind::map) {
        problem(n, key + ": expected the export's header for each column, like {" + names.front() +
                       ": Member ID}, found " + n.kind_name());
        return;
    }
    for (const auto& [k, v] : n.entries) {
        std::optional<Column> column = column_named(k.value);
        if (!column || std::find(allowed.begin(), allowed.end(), *column) == allowed.end()) {
            if (column && !other_kind.empty()) problem(k, "'" + k.value + "' is " + other_kind + "; " + listed);
            else r_.unknown_key(k, key, names, "; " + listed);
            continue;
        }
        if (v.kind == Node::Kind::null) continue;
        if (auto header = r_.text(v)) problem(out.map(*column, *header, place(v, key + ": " + k.value)));
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
            r_.unknown_key(k, "answers", names, "; the answers are " + joined_and(names));
            continue;
        }
        std::string shown = "answers: " + k.value;
        auto word = [&](const Node& w) {
            if (auto t = r_.text(w)) problem(out.map(*t, *answer, place(w, shown)));
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
    auto t = r_.text(n);
    if (!t) return;
    if (auto d = delimiter_from_name(*t)) {
        out.delimiter = d;
        out.delimiter_where = place(n, "delimiter: " + *t);
        return;
    }
    problem(n, "delimiter must be comma, semicolon or tab (or the character itself), not '" + visible(*t) + "'",
            suggestion(*t, {"comma", "semicolon", "tab"}));
}

void Reader::read_event(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "an event");
    if (!f) return;
    Event e;
    e.where = where(n);
    id(*f, "event", e.id, IdSpace::items);
    e.is_private = f->flag("private").value_or(false);
    e.kind = f->choice("kind", "event kind", kEventKinds).value_or(e.kind);
    if (f->text("type", e.type))
        for (const Choice<NoticeType>& t : kNoticeTypes)
            if (t.name == e.type) e.notice = t.value;
    f->text("title", e.title);
    if (const Node* d = f->need("date", "this event has no date")) e.date = date_spec(*d);
    e.start = f->time_of_day("start");
    e.end = f->time_of_day("end");
    f->text("what", e.what);
    f->text("who", e.who);
    f->text("why", e.why);
    f->each("locations", "locations", [&](const Node& x) {
        auto lf = YamlMap::of(r_, x, "a location");
        if (!lf) return;
        Location l;
        lf->text("name", l.name);
        lf->text("address", l.address);
        lf->text("city", l.city);
        lf->done();
        e.locations.push_back(std::move(l));
    });
    f->done();
    c.events.push_back(std::move(e));
}

void Reader::read_constraint(const Node& n, Campaign& c) {
    auto f = YamlMap::of(r_, n, "a constraint");
    if (!f) return;
    Constraint k;
    k.where = where(n);
    const Node* first = f->find("first");
    const Node* event = f->find("event");
    if (first && event) {
        problem(n, "a constraint has first: and then:, or event: and not_before:, not both");
        for (const char* key : {"then", "min_days", "not_before"}) f->find(key);
    } else if (first || !event) {
        OrderConstraint o;
        if (first) reference(Reference::To::item, *first, o.first);
        else problem(n, "a constraint needs first:, then: and min_days:, or event: and not_before:");
        if (const Node* then = f->find("then")) reference(Reference::To::item, *then, o.then);
        else if (first) problem(n, "this constraint has no then:");
        o.min_days = f->count("min_days").value_or(0);
        k.rule = o;
    } else {
        NotBeforeConstraint nb;
        reference(Reference::To::item, *event, nb.event);
        if (const Node* x = f->need("not_before", "this constraint has no not_before:")) read_not_before(*x, nb);
        k.rule = nb;
    }
    f->done();
    c.constraints.push_back(std::move(k));
}

// An id, a date, contract_expires, or a date counted from one of those.
void Reader::read_not_before(const Node& x, NotBeforeConstraint& nb) {
    if (x.kind == Node::Kind::map) {
        std::optional<DateSpec> spec = date_spec(x);
        if (!spec) return;
        const RelativeDate& r = *spec->relative();
        // The timeline checks this for the dates it resolves; this one is
        // counted only when the constraint is checked.
        if (r.days > kMaxRelativeDays) return problem(x, "more than " + std::to_string(kMaxRelativeDays) + " days away");
        if (r.anchor == kContractExpires) expiry_uses_.push_back(where(x));
        nb.not_before = r;
        return;
    }
    auto t = r_.text(x);
    if (!t) return;
    std::string why;
    if (*t == kContractExpires) {
        expiry_uses_.push_back(where(x));
        nb.not_before = ContractExpiry{};
    } else if (auto d = parse_date(*t, &why)) {
        nb.not_before = *d;
    } else if (looks_like_date(*t)) {
        // Shaped like a date but not one (2026-02-30): say so, rather than
        // look for an item of that id.
        problem(x, why + ", found '" + *t + "'");
    } else {
        nb.not_before = ItemDate{*t};
        references_.push_back({Reference::To::item, *t, where(x)});
    }
}

void Reader::check_references() {
    std::vector<std::string> units, offers, items;
    for (const auto& [id, line] : unit_ids_) units.push_back(id);
    for (const auto& [id, yes] : offer_ids_) offers.push_back(id);
    for (const auto& [id, line] : ids_) items.push_back(id);
    for (const Reference& r : references_) {
        switch (r.to) {
            case Reference::To::unit:
                if (!unit_ids_.count(r.id))
                    problem(r.where, "no unit with id '" + r.id + "'", suggestion(r.id, units));
                break;
            case Reference::To::offer:
                if (!offer_ids_.count(r.id))
                    problem(r.where, "no offer with id '" + r.id + "'", suggestion(r.id, offers));
                break;
            case Reference::To::item:
                if (!ids_.count(r.id))
                    problem(r.where, "no session, offer, vote or event with id '" + r.id + "'",
                            suggestion(r.id, items));
                break;
        }
    }
}

}  // namespace

CampaignLoad load_campaign(Input& in, const OpenCampaignFile& open) {
    CampaignLoad load;
    load.campaign.path = in.path();
    Result<YamlNode> root = load_yaml_document(in);
    if (!root) {
        load.problems.push_back(root.error());
        return load;
    }
    Reader reader(in.name(), load.problems, open);
    reader.read(*root, load.campaign);
    // In file order: the campaign's own first, then each placement file's
    // as its reader found them (already in order, and its last "stopped
    // reading" stays last).
    auto order = [&](const Diagnostic& d) {
        bool other = d.file != in.name();
        return other ? std::tuple(true, d.file, 0LL, 0LL) : std::tuple(false, std::string(), d.line, d.column);
    };
    std::stable_sort(load.problems.begin(), load.problems.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return order(a) < order(b); });
    return load;
}

OpenCampaignFile files_in_memory(std::map<std::string, std::string> files) {
    return [files = std::move(files)](const std::string& path) -> Result<std::unique_ptr<Input>> {
        auto it = files.find(path);
        if (it == files.end()) return Diagnostic{path, 0, 0, "cannot open: No such file or directory"};
        return Input::from_string(path, it->second);
    };
}

CampaignLoad load_campaign_text(std::string name, std::string text, std::map<std::string, std::string> files) {
    std::unique_ptr<Input> in = Input::from_string(std::move(name), std::move(text));
    CampaignLoad load = load_campaign(*in, files_in_memory(std::move(files)));
    load.campaign.path.clear();
    return load;
}

}  // namespace bargain
