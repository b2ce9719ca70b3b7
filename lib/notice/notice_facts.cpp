#include "notice/notice_facts.h"

#include <algorithm>

#include "core/suggest.h"
#include "core/text.h"
#include "text/ap_style.h"
#include "text/span_words.h"

namespace bargain {

namespace {

using std::chrono::days;

// A verb a ballot question can open with, and what members did with it.
struct Verb {
    const char* base;
    const char* carried;  // "accepted"
    const char* failed;   // "rejected": the motion failed
};
constexpr Verb kVerbs[] = {
    {"accept", "accepted", "rejected"},          {"approve", "approved", "rejected"},
    {"ratify", "ratified", "rejected"},          {"support", "supported", "rejected"},
    {"endorse", "endorsed", "rejected"},         {"authorize", "authorized", "declined to authorize"},
    {"authorise", "authorised", "declined to authorise"}, {"reject", "rejected", "declined to reject"},
};

struct Motion {
    const Verb* verb;
    std::string object;  // "the employer's last, best offer"
};

// "Do you accept the employer's last, best offer?" -> accept, "the
// employer's last, best offer"; "your" becomes "their", since the
// members are now spoken of, not to.
std::optional<Motion> motion_from_question(std::string_view question) {
    std::string q(trim(question));
    while (!q.empty() && (q.back() == '?' || q.back() == ' ')) q.pop_back();
    if (ascii_lower(q.substr(0, 7)) != "do you ") return std::nullopt;
    std::string rest = q.substr(7);
    std::size_t space = rest.find(' ');
    if (space == std::string::npos) return std::nullopt;
    std::string verb = ascii_lower(rest.substr(0, space));
    std::string object = " " + rest.substr(space + 1) + " ";
    for (std::size_t at = object.find(" your "); at != std::string::npos; at = object.find(" your ", at + 7))
        object.replace(at, 6, " their ");
    object = object.substr(1, object.size() - 2);
    for (const Verb& v : kVerbs)
        if (verb == v.base) return Motion{&v, object};
    return std::nullopt;
}

Motion motion_from_kind(const Vote& vote, const Campaign& c) {
    auto verb = [](const char* base) {
        for (const Verb& v : kVerbs)
            if (std::string_view(v.base) == base) return &v;
        return &kVerbs[0];
    };
    switch (vote.kind) {
        case VoteKind::lbo: {
            std::string label = "last, best offer";
            for (const Offer& o : c.offers)
                if (o.id == vote.offer && !o.label.empty()) label = o.label;
            return {verb("accept"), "the employer's " + label};
        }
        case VoteKind::ratification: return {verb("ratify"), "the tentative agreement"};
        case VoteKind::strike_authorization: return {verb("authorize"), "a strike"};
        case VoteKind::other: break;
    }
    return {verb("approve"), "the motion"};
}

std::optional<DatedFact> dated(const TimelineItem* item) {
    if (!item) return std::nullopt;
    return DatedFact{item->id, item->title, item->date, item->start, item->end};
}

bool names_bargaining_session(const std::string& title) {
    return ascii_lower(title).find("bargaining session") != std::string::npos;
}

}  // namespace

Date default_issue_date(const Event& event, Date event_date) {
    return event.kind == EventKind::notice ? event_date : event_date - days(1);
}

std::string vote_phrase(const Vote& vote, const VoteResult& result, const Campaign& c) {
    Motion m = motion_from_question(vote.question).value_or(motion_from_kind(vote, c));
    const AnswerCounts& n = result.decision.overall.counts;
    long long yes = n.yes, no = n.no, valid = n.yes + n.no;
    std::string carried = std::string(m.verb->carried) + " " + m.object;
    std::string failed = std::string(m.verb->failed) + " " + m.object;
    std::string tally = " (" + with_commas(yes) + " yes, " + with_commas(no) + " no)";

    switch (result.decision.overall.outcome) {
        case Outcome::undetermined:
            return std::string("voted on whether to ") + m.verb->base + " " + m.object +
                   "; challenged ballots will decide the result";
        case Outcome::carried:
        case Outcome::failed: break;
    }
    bool yes_won = result.decision.overall.outcome == Outcome::carried;
    if (valid == 0) return std::string("cast no valid votes on whether to ") + m.verb->base + " " + m.object;
    if (yes_won && no > yes) return carried + tally;  // a rule that lets a minority carry
    if (!yes_won && yes >= no)
        return "voted " + with_commas(yes) + " to " + with_commas(no) + " to " + m.verb->base + " " + m.object +
               ", short of what the rule requires (" + result.rule.text() + ")";
    const std::string& phrase = yes_won ? carried : failed;
    long long winner = yes_won ? yes : no, loser = yes_won ? no : yes;
    if (loser == 0) return "unanimously " + phrase;
    if (winner * 5 >= valid * 4) return "overwhelmingly " + phrase;
    if (auto by = margin(winner, loser)) return phrase + " by a " + *by + " margin";
    return phrase + tally;
}

std::string month_phrase(Date when, Date issued) {
    std::chrono::year_month_day w(when), i(issued);
    long long back = (static_cast<int>(i.year()) - static_cast<int>(w.year())) * 12LL +
                     static_cast<long long>(static_cast<unsigned>(i.month())) - static_cast<unsigned>(w.month());
    if (back == 0) return "this month";
    if (back == 1) return "last month";
    if (back == -1) return "next month";
    if (back > -12 && back < 12) return "in " + ap_month(when);
    return "in " + ap_month(when) + " " + std::to_string(static_cast<int>(w.year()));
}

std::string day_phrase(Date when, Date issued) {
    long long ahead = (when - issued).count();
    if (ahead == 0) return "today";
    if (ahead == 1) return "tomorrow";
    if (ahead == -1) return "yesterday";
    if (ahead > -7 && ahead < 7) return "on " + ap_weekday(when);
    if (std::chrono::year_month_day(when).year() == std::chrono::year_month_day(issued).year())
        return "on " + ap_month_day(when);
    return "on " + ap_date(when);
}

Result<NoticeFacts> gather_notice_facts(const CheckedCampaign& checked, const std::string& file,
                                        const std::string& event_id, std::optional<Date> issued) {
    const Campaign& c = checked.campaign;
    const Timeline& t = checked.timeline;
    NoticeFacts f;
    f.campaign = &c;

    std::vector<std::string> event_ids;
    for (const Event& e : c.events) {
        event_ids.push_back(e.id);
        if (e.id == event_id) f.event = &e;
    }
    if (!f.event)
        for (const Vote& v : c.votes)
            if (v.id == event_id) {
                auto as_event = std::make_shared<Event>();
                as_event->id = v.id;
                as_event->type = "ballot-result";
                as_event->title = v.question.empty() ? "Result of the vote" : "Result of the vote: " + v.question;
                as_event->where = v.where;
                f.result_of = &v;
                f.result_event = as_event;
                f.event = as_event.get();
            }
    if (!f.event) {
        for (const TimelineItem& item : t.items)
            if (item.id == event_id)
                return Diagnostic{file, item.where.line, item.where.column,
                                  "'" + event_id + "' is " +
                                      (item.kind == TimelineItem::Kind::session ? "a session" : "an offer") +
                                      ": a notice is for one of the campaign's events, or for a vote's result"};
        for (const Vote& v : c.votes) event_ids.push_back(v.id);
        return Diagnostic{file, 0, 0,
                          "no event or vote '" + event_id + "' in this campaign" + did_you_mean(event_id, event_ids)};
    }
    const TimelineItem* own = t.find(event_id);
    if (!own && f.result_of)
        return Diagnostic{file, f.event->where.line, f.event->where.column,
                          "vote '" + event_id + "' has no closing date (closes:), which a result notice is dated by"};
    if (!own)
        return Diagnostic{file, f.event->where.line, f.event->where.column, "event '" + event_id + "' has no date"};
    f.when = *dated(own);
    // A result is announced the day the vote closes.
    f.issued = issued.value_or(f.result_of ? own->date : default_issue_date(*f.event, own->date));

    // Bargaining so far: sessions up to the issue date.
    for (const TimelineItem& item : t.items) {
        if (item.kind != TimelineItem::Kind::session || item.date > f.issued) continue;
        if (!f.first_session) f.first_session = item.date;
        ++f.sessions_held;
    }
    if (f.first_session) f.bargaining_span = span_in_words(*f.first_session, f.issued);

    // The next session: a session on or after the issue date, else an event
    // titled as one ("Next bargaining session"), since future sessions are
    // often scheduled as events before they are logged.
    for (const TimelineItem& item : t.items)
        if (!f.next_session && item.kind == TimelineItem::Kind::session && item.date >= f.issued)
            f.next_session = dated(&item);
    for (const TimelineItem& item : t.items)
        if (!f.next_session && item.kind == TimelineItem::Kind::event && item.date >= f.issued &&
            names_bargaining_session(item.title))
            f.next_session = dated(&item);

    for (const TimelineItem& item : t.items) {
        if (item.kind != TimelineItem::Kind::event) continue;
        if (item.event == EventKind::mediation && item.date <= f.issued) f.mediation = dated(&item);
        if (item.event == EventKind::strike && !f.strike && (item.id == event_id || item.date >= own->date))
            f.strike = dated(&item);
    }
    if (f.event->kind == EventKind::strike) f.strike = f.when;

    // Votes: counted from their ballots, as `bargain tally` counts them.
    std::optional<Date> last_strike_ballot;
    for (const Vote& v : c.votes) {
        VoteFacts vf;
        vf.vote = &v;
        if (const TimelineItem* item = t.find(v.id); item && v.closes) vf.closes = item->date;
        std::vector<Diagnostic> problems;
        vf.result = tally_campaign_vote(c, v, file, problems);
        if (!problems.empty()) return problems.front();
        if (vf.result) vf.phrase = vote_phrase(v, *vf.result, c);
        if (vf.closes) vf.when = month_phrase(*vf.closes, f.issued);
        if (v.kind == VoteKind::strike_authorization && vf.closes && *vf.closes <= f.issued)
            last_strike_ballot = vf.closes;
        if (&v == f.result_of && !vf.result)
            return Diagnostic{file, v.where.line, v.where.column,
                              "vote '" + v.id + "' has not been counted: its " +
                                  (v.totals.empty() ? "ballot files are" : "totals files are") +
                                  " not there yet, and a result notice states its result"};
        f.votes.push_back(std::move(vf));
    }

    // One sentence per month, in the order the votes closed: "Last month,
    // union members rejected ... and overwhelmingly authorized ...".
    std::vector<const VoteFacts*> counted;
    for (const VoteFacts& vf : f.votes)
        if (vf.result && (!vf.closes || *vf.closes <= f.issued)) counted.push_back(&vf);
    std::stable_sort(counted.begin(), counted.end(), [](const VoteFacts* a, const VoteFacts* b) {
        return a->closes.value_or(Date::min()) < b->closes.value_or(Date::min());
    });
    for (std::size_t i = 0; i < counted.size();) {
        std::vector<std::string> phrases;
        std::size_t j = i;
        for (; j < counted.size() && counted[j]->when == counted[i]->when; ++j) phrases.push_back(counted[j]->phrase);
        std::string opening = counted[i]->when.empty() ? "" : counted[i]->when + ", ";
        if (!f.votes_sentence.empty()) f.votes_sentence += " ";
        f.votes_sentence += capitalized(opening + "union members " + and_list(phrases) + ".");
        i = j;
    }

    if (!c.info.law.empty())
        if (const LawPreset* preset = builtin_law_presets().find(c.info.law)) {
            LawFacts law{preset, preset->rules_for(last_strike_ballot)};
            for (const LawOverride& o : c.info.law_overrides) set_law_number(law.rules, o.key, o.value);
            f.law = law;
        }
    return f;
}

}  // namespace bargain
