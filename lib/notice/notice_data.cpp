#include "notice/notice_data.h"

#include "core/text.h"
#include "tally/tally_report.h"
#include "tally/uk_statement.h"
#include "text/ap_style.h"

namespace bargain {

namespace {

using std::chrono::minutes;

// A value a template may test with a section: the text, or false when the
// campaign leaves it out.
TemplateValue text(const std::string& s) { return TemplateValue(s); }
TemplateValue number(long long n) { return TemplateValue(with_commas(n)); }

template <class T, class Build>
TemplateValue maybe(const std::optional<T>& value, Build build) {
    if (value) return build(*value);
    return TemplateValue::absent(build(T{}));
}

// What the members will do at the event, for "the workers will picket".
const char* event_verb(EventKind k) {
    switch (k) {
        case EventKind::picket: return "picket";
        case EventKind::rally: return "rally";
        case EventKind::strike: return "strike";
        default: return "gather";
    }
}

TemplateValue date_value(Date d) {
    TemplateValue v;
    v.set("iso", format_date(d));
    v.set("long", ap_long_date(d));
    v.set("date", ap_date(d));
    v.set("month_day", ap_month_day(d));
    v.set("short", ap_short_date(d));
    v.set("weekday", ap_weekday(d));
    v.set("month", ap_month(d));
    v.set("year", std::to_string(static_cast<int>(std::chrono::year_month_day(d).year())));
    return v;
}

std::string time_range(std::optional<minutes> start, std::optional<minutes> end) {
    if (start && end) return ap_time_range(*start, *end);
    if (start) return ap_time(*start);
    return "";
}

// A dated item, as of the issue date.
TemplateValue dated_value(const DatedFact& d, Date issued) {
    TemplateValue v;
    v.set("id", d.id);
    v.set("title", d.title);
    v.set("date", date_value(d.date));
    v.set("start", d.start ? ap_time(*d.start) : "");
    v.set("end", d.end ? ap_time(*d.end) : "");
    std::string range = time_range(d.start, d.end);
    v.set("time_range", range);
    v.set("when", ap_long_date(d.date) + (range.empty() ? "" : ", " + range));
    // "Friday, February 14", with the year when it is not the issue date's.
    bool same_year = std::chrono::year_month_day(d.date).year() == std::chrono::year_month_day(issued).year();
    v.set("weekday_date", ap_weekday(d.date) + ", " + (same_year ? ap_month_day(d.date) : ap_date(d.date)));
    v.set("relative_day", day_phrase(d.date, issued));
    v.set("relative_day_capitalized", capitalized(day_phrase(d.date, issued)));
    long long until = (d.date - issued).count();
    v.set("days_until", until >= 0 ? number(until) : text(""));
    v.set("days_until_words", until >= 0 ? ap_number(until) : "");
    return v;
}

TemplateValue location_value(const Location& l) {
    TemplateValue v;
    v.set("name", l.name);
    v.set("address", l.address);
    v.set("city", l.city);
    v.set("text", join_present({l.name, l.address, l.city}, ", "));
    return v;
}

TemplateValue event_value(const NoticeFacts& f) {
    const Event& e = *f.event;
    TemplateValue v = dated_value(f.when, f.issued);
    v.set("kind", name_of(e.kind));
    v.set("type", e.type);
    v.set("what", e.what);
    v.set("who", e.who);
    v.set("why", e.why);
    v.set("verb", event_verb(e.kind));
    std::vector<TemplateValue> locations;
    std::string dateline;
    for (const Location& l : e.locations) {
        locations.push_back(location_value(l));
        if (dateline.empty()) dateline = ascii_upper(l.city);
    }
    v.set("locations", TemplateValue::list(std::move(locations), location_value(Location{})));
    v.set("locations_count", ap_number(static_cast<long long>(e.locations.size())));
    v.set("several_locations", e.locations.size() > 1);
    v.set("dateline", dateline);
    return v;
}

// "Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408)":
// the short name only when it tells the reader something the name does not.
// A unit with only a short name goes by it.
std::string unit_text(const Unit& u) {
    if (u.name.empty()) return u.short_name;
    bool says_more = !u.short_name.empty() && u.short_name != u.name &&
                     (u.name.size() < u.short_name.size() ||
                      u.name.compare(u.name.size() - u.short_name.size(), u.short_name.size(), u.short_name) != 0);
    return says_more ? u.name + " (" + u.short_name + ")" : u.name;
}

TemplateValue unit_value(const Unit& u) {
    TemplateValue v;
    v.set("id", u.id);
    v.set("name", u.name.empty() ? u.short_name : u.name);
    v.set("short", u.short_name.empty() ? u.name : u.short_name);
    v.set("members", u.members ? number(*u.members) : text(""));
    v.set("text", unit_text(u));
    return v;
}

TemplateValue contact_value(const Contact& c) {
    TemplateValue v;
    v.set("name", c.name);
    v.set("role", c.role);
    v.set("phone", c.phone);
    v.set("email", c.email);
    v.set("name_and_role", join_present({c.name, c.role}, ", "));
    v.set("phone_and_email", join_present({c.phone, c.email}, ", "));
    v.set("text", join_present({c.name, c.role, c.phone, c.email}, ", "));
    return v;
}

// TULRCA 1992 s.231 (a)-(g), for a vote under a UK rule: spoiled papers
// count as votes cast, so the invalid papers are all those cast but neither
// yes nor no. Absent under any other rule.
TemplateValue uk_value(const VoteFacts& vf) {
    std::optional<UkStatement> s =
        vf.result ? uk_statement(vf.result->decision.overall, vf.result->rule) : std::nullopt;
    UkStatement u = s.value_or(UkStatement{});
    auto was = [](bool b) { return b ? "was" : "was not"; };
    TemplateValue v;
    v.set("entitled", number(u.entitled));
    v.set("cast", number(u.cast));
    v.set("yes", number(u.yes));
    v.set("no", number(u.no));
    v.set("invalid", number(u.invalid));
    v.set("half_turned_out", was(u.half_turned_out));
    TemplateValue forty;
    forty.set("met", was(u.forty_percent.value_or(false)));
    v.set("forty_percent", u.forty_percent ? forty : TemplateValue::absent(forty));
    return s ? v : TemplateValue::absent(v);
}

TemplateValue vote_value(const VoteFacts& vf) {
    static const Vote kNoVote;
    const Vote& vote = vf.vote ? *vf.vote : kNoVote;
    TemplateValue v;
    v.set("id", vote.id);
    v.set("kind", name_of(vote.kind));
    v.set("question", vote.question);
    v.set("closes", maybe(vf.closes, date_value));
    v.set("when", vf.when);
    const Decision* d = vf.result ? &vf.result->decision.overall : nullptr;
    v.set("counted", d != nullptr);
    Outcome o = d ? d->outcome : Outcome::failed;
    v.set("result", d ? outcome_name(o) : "");
    v.set("carried", d && o == Outcome::carried);
    v.set("failed", d && o == Outcome::failed);
    v.set("undetermined", d && o == Outcome::undetermined);
    AnswerCounts n = d ? d->counts : AnswerCounts{};
    auto count = [&](long long x) { return d ? number(x) : text(""); };
    v.set("yes", count(n.yes));
    v.set("no", count(n.no));
    v.set("abstain", count(n.abstain));
    v.set("blank", count(n.blank));
    v.set("void", count(n.spoiled));
    v.set("valid", count(n.valid()));
    v.set("cast", count(n.cast()));
    v.set("eligible", d && d->eligible ? number(*d->eligible) : text(""));
    // As the tally says it, to a tenth when the rule has a turnout threshold.
    v.set("turnout", d ? turnout_percent(n, d->eligible, vf.result->rule) : "");
    v.set("margin", d ? margin(n.yes, n.no).value_or("") : "");
    v.set("phrase", vf.phrase);
    // What a result notice states besides: the share that voted always to
    // a tenth ("91.0%"), the rule in words, the sealed ballots.
    v.set("turnout_tenth", d && d->eligible && *d->eligible > 0 ? ratio_text(n.cast() * 100, *d->eligible, 1) + "%" : "");
    v.set("rule", vf.result ? vf.result->rule.text() : "");
    v.set("challenged", d && d->challenged > 0 ? number(d->challenged) : text(""));
    v.set("uk", uk_value(vf));
    return v;
}

// The latest counted vote of a kind that closed by the issue date.
TemplateValue latest_vote(const NoticeFacts& f, VoteKind kind) {
    const VoteFacts* latest = nullptr;
    for (const VoteFacts& vf : f.votes)
        if (vf.vote->kind == kind && vf.result && (!vf.closes || *vf.closes <= f.issued)) latest = &vf;
    if (latest) return vote_value(*latest);
    return TemplateValue::absent(vote_value(VoteFacts{}));
}

}  // namespace

TemplateValue notice_data(const NoticeFacts& f) {
    const Campaign& c = *f.campaign;
    TemplateValue data;

    TemplateValue campaign;
    campaign.set("name", c.info.name);
    campaign.set("employer", c.info.employer);
    campaign.set("employer_address", c.info.employer_address);
    campaign.set("union_address", c.info.union_address);
    campaign.set("timezone", c.info.zone.name());
    data.set("campaign", campaign);
    data.set("affiliate", c.affiliate);
    data.set("issued", date_value(f.issued));
    data.set("event", event_value(f));

    std::vector<TemplateValue> units;
    std::vector<std::string> texts, shorts;
    long long members = 0;
    bool all_counted = !c.units.empty();
    for (const Unit& u : c.units) {
        units.push_back(unit_value(u));
        texts.push_back(unit_text(u));
        shorts.push_back(u.short_name.empty() ? u.name : u.short_name);
        if (u.members) members += *u.members;
        all_counted = all_counted && u.members;
    }
    data.set("units", TemplateValue::list(std::move(units), unit_value(Unit{})));
    data.set("units_text", and_list(texts));
    data.set("units_short_text", and_list(shorts));
    // Who speaks: the affiliate the units belong to, else the units.
    std::string union_name = c.affiliate.empty() ? and_list(shorts) : c.affiliate;
    if (union_name.empty()) union_name = "union";
    data.set("union_name", union_name);
    data.set("union_name_capitalized", capitalized(union_name));
    data.set("units_count", ap_number(static_cast<long long>(c.units.size())));
    data.set("several_units", c.units.size() > 1);
    auto members_value = [](long long total) {
        TemplateValue v;
        v.set("total", with_commas(total));
        v.set("about", ap_about(total));
        return v;
    };
    data.set("members", maybe(all_counted ? std::optional<long long>(members) : std::nullopt, members_value));

    std::vector<TemplateValue> contacts;
    for (const Contact& k : c.info.contacts) contacts.push_back(contact_value(k));
    data.set("contacts", TemplateValue::list(std::move(contacts), contact_value(Contact{})));

    auto bargaining_value = [&](Date since) {
        TemplateValue v;
        v.set("span", f.bargaining_span);
        v.set("since", date_value(since));
        v.set("sessions", ap_number(f.sessions_held));
        return v;
    };
    data.set("bargaining", maybe(f.first_session, bargaining_value));
    auto dated = [&](const DatedFact& d) { return dated_value(d, f.issued); };
    data.set("next_session", maybe(f.next_session, dated));

    std::vector<TemplateValue> votes;
    for (const VoteFacts& vf : f.votes) votes.push_back(vote_value(vf));
    data.set("votes", TemplateValue::list(std::move(votes), vote_value(VoteFacts{})));
    data.set("lbo_vote", latest_vote(f, VoteKind::lbo));
    data.set("ratification_vote", latest_vote(f, VoteKind::ratification));
    data.set("strike_vote", latest_vote(f, VoteKind::strike_authorization));
    data.set("votes_sentence", f.votes_sentence);
    // A result notice's vote; absent in any other notice.
    const VoteFacts* subject = nullptr;
    for (const VoteFacts& vf : f.votes)
        if (f.result_of && vf.vote == f.result_of) subject = &vf;
    data.set("result_vote", subject ? vote_value(*subject) : TemplateValue::absent(vote_value(VoteFacts{})));

    data.set("strike", maybe(f.strike, dated));
    data.set("mediation", maybe(f.mediation, dated));
    auto contract_value = [&](Date expires) {
        TemplateValue v;
        v.set("expires", date_value(expires));
        v.set("expired", expires < f.issued);
        return v;
    };
    data.set("contract", maybe(c.info.contract_expires, contract_value));
    auto law_value = [](const LawFacts& law) {
        TemplateValue v;
        v.set("id", law.preset ? law.preset->id : "");
        v.set("name", law.preset ? law.preset->name : "");
        v.set("citation", law.preset ? law.preset->citation : "");
        v.set("notice_days", law.rules.notice_days > 0 ? with_commas(law.rules.notice_days) : "");
        v.set("notice_days_words", law.rules.notice_days > 0 ? ap_number(law.rules.notice_days) : "");
        return v;
    };
    data.set("law", maybe(f.law, law_value));
    return data;
}

}  // namespace bargain
