#include "timeline/timeline_ics.h"

#include <cstdint>

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "campaign/offer_terms.h"
#include "core/text.h"
#include "io/ics.h"
#include "text/ap_style.h"

namespace bargain {

namespace {

using namespace std::chrono;

// How one item sits in the calendar: on whole days, or between two
// instants (UTC), written in the campaign's zone.
struct Entry {
    const TimelineItem* item = nullptr;
    std::string summary, description, location;
    bool all_day = true;
    Date first_day{}, last_day{};   // all day: the days it covers, both included
    Seconds start{};                // timed
    std::optional<Seconds> end;     // timed: none for a moment (a vote's close)
};

// An event's SEQUENCE, from what a member sees of it: when its time, title,
// description or place changes, so does the number, and a phone that
// subscribed takes the update; when nothing changed, a rebuilt calendar is
// the same bytes. (A counter would need the calendar's history, which a
// build from the campaign alone does not have; clients that compare
// SEQUENCE numbers also read LAST-MODIFIED, which moves with every build.)
// FNV-1a over the content, 31 bits, as SEQUENCE is a non-negative integer.
std::uint32_t content_sequence(const Entry& e, bool vote) {
    std::string content = std::to_string(e.all_day) + "\x1f" + std::to_string(e.first_day.time_since_epoch().count()) +
                          "\x1f" + std::to_string(e.last_day.time_since_epoch().count()) + "\x1f" +
                          std::to_string(e.start.time_since_epoch().count()) + "\x1f" + (e.end ? std::to_string(e.end->time_since_epoch().count()) : "") +
                          "\x1f" + e.summary + "\x1f" + e.description + "\x1f" + e.location + "\x1f" + e.item->type +
                          "\x1f" + (vote ? "vote" : "");
    std::uint32_t h = 2166136261u;
    for (unsigned char ch : content) h = (h ^ ch) * 16777619u;
    return h & 0x7fffffffu;
}

// A campaign's items by id, built once per calendar: looking each item up by
// walking every other made a 10,000-event calendar quadratic.
template <class T>
class ById {
public:
    explicit ById(const std::vector<T>& items) {
        for (const T& t : items) map_.emplace(t.id, &t);
    }
    const T* operator()(const std::string& id) const {
        auto it = map_.find(id);
        return it == map_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string_view, const T*> map_;
};

struct CampaignIndex {
    explicit CampaignIndex(const Campaign& c)
        : sessions(c.sessions), offers(c.offers), votes(c.votes), events(c.events), units(c.units) {}
    ById<Session> sessions;
    ById<Offer> offers;
    ById<Vote> votes;
    ById<Event> events;
    ById<Unit> units;
};

const char* status_words(ProposalStatus s) {
    switch (s) {
        case ProposalStatus::open: return "open";
        case ProposalStatus::ta: return "tentatively agreed";
        case ProposalStatus::withdrawn: return "withdrawn";
    }
    return "";
}

// A session's or an event's hours on its day: an end before the start is
// the next morning (a vigil from 22:00 to 02:00).
void hours_of(const TimelineItem& item, const Zone& zone, Entry& e) {
    if (!item.start) return;
    e.all_day = false;
    Seconds start_wall = Seconds(item.date) + *item.start;
    e.start = zone.to_instant(start_wall);
    if (item.end) {
        Seconds end_wall = Seconds(item.date) + *item.end;
        if (end_wall < start_wall) end_wall += days(1);
        Seconds end = zone.to_instant(end_wall);
        if (end > e.start) e.end = end;
    }
}

// A vote is booked over its window: from opening to closing when both
// have a time; on whole days when either is a bare date; at its close
// when it has no opening. A window that closes before it opens is shown
// at its close, as the timeline places it: an event may not end before it
// starts (RFC 5545 3.6.1), and `bargain tally` refuses such a window.
void window_of(const TimelineItem& item, const Vote& v, const Zone& zone, Entry& e) {
    if (!v.closes) return;
    if (v.closes->has_time && (!v.opens || v.opens->has_time)) {
        e.all_day = false;
        Seconds closes = to_instant(*v.closes, zone);
        e.start = closes;
        if (v.opens) {
            Seconds opens = to_instant(*v.opens, zone);
            if (opens < closes) {
                e.start = opens;
                e.end = closes;
            }
        }
        return;
    }
    e.first_day = v.opens ? floor<days>(v.opens->wall) : item.date;
    if (e.first_day > item.date) e.first_day = item.date;
}

Entry entry_for(const TimelineItem& item, const Campaign& c, const CampaignIndex& by_id) {
    const Zone& zone = c.info.zone;
    Entry e;
    e.item = &item;
    e.summary = item.title;
    e.first_day = e.last_day = item.date;
    switch (item.kind) {
        case TimelineItem::Kind::session: {
            e.summary = "Bargaining session";
            hours_of(item, zone, e);
            if (const Session* s = by_id.sessions(item.id)) {
                e.location = s->location;
                std::vector<std::string> lines;
                for (const Proposal& p : s->proposals) {
                    std::string about = join_present({name_of(p.side), status_words(p.status)}, ", ");
                    lines.push_back(p.article + " (" + about + ")" + (p.summary.empty() ? "" : ": " + p.summary));
                }
                e.description = join_present(lines, "\n");
            }
            break;
        }
        case TimelineItem::Kind::offer:
            if (const Offer* o = by_id.offers(item.id)) {
                std::string whose = o->side == Side::unstated ? "Offer" : capitalized(name_of(o->side)) + " offer";
                e.summary = o->label.empty() ? whose : whose + ": " + o->label;
                std::vector<std::string> wages;
                for (size_t year = 0; year < o->wages.size(); ++year) {
                    wages.push_back(is_flat_raise(*o, year) ? money_text(o->flat_cents[year]) + " per member"
                                                            : raise_text(*o, year) + "%");
                }
                e.description = join_present({wages.empty() ? "" : "Wage increases by contract year: " + join_present(wages, ", "),
                                      o->final ? "A final offer." : ""},
                                     "\n");
            }
            break;
        case TimelineItem::Kind::vote:
            if (const Vote* v = by_id.votes(item.id)) {
                window_of(item, *v, zone, e);
                if (v->opens && !v->question.empty()) e.summary = "Vote: " + v->question;
                std::vector<std::string> units;
                for (const std::string& id : v->units) {
                    const Unit* u = by_id.units(id);
                    units.push_back(!u ? id : !u->short_name.empty() ? u->short_name : !u->name.empty() ? u->name : id);
                }
                std::string offer;
                if (const Offer* o = by_id.offers(v->offer)) offer = o->label.empty() ? o->id : o->label;
                e.description = join_present({v->question, units.empty() ? "" : "Units: " + join_present(units, "; "),
                                      offer.empty() ? "" : "Offer: " + offer,
                                      v->rule.empty() ? "" : "Rule: " + v->rule},
                                     "\n");
            }
            break;
        case TimelineItem::Kind::event:
            hours_of(item, zone, e);
            if (const Event* ev = by_id.events(item.id)) {
                std::vector<std::string> places;
                for (const Location& l : ev->locations) places.push_back(join_present({l.name, l.address, l.city}, ", "));
                e.location = join_present(places, "; ");
                e.description = join_present({ev->what.empty() ? "" : "What: " + ev->what,
                                      ev->who.empty() ? "" : "Who: " + ev->who,
                                      ev->why.empty() ? "" : "Why: " + ev->why},
                                     "\n");
            }
            break;
    }
    return e;
}

}  // namespace

Seconds calendar_stamp(const Timeline& timeline) {
    std::optional<Date> latest;
    for (const TimelineItem& item : timeline.items)
        if (!latest || item.date > *latest) latest = item.date;
    return Seconds(latest.value_or(Date{}));
}

std::string calendar_slug(std::string_view name) {
    std::string out;
    bool gap = false;
    for (char c : name) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
            keep = true;
        }
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += '-';
        gap = false;
        out += c;
    }
    return out.empty() ? "campaign" : out;
}

std::string timeline_ics(const TimelineReport& r, const Campaign& c, const CalendarOptions& o) {
    const Zone& zone = c.info.zone;
    std::vector<Entry> entries;
    CampaignIndex by_id(c);
    for (const TimelineItem& item : r.items) entries.push_back(entry_for(item, c, by_id));

    ics::Calendar cal;
    cal.begin("VCALENDAR");
    cal.property("VERSION", "2.0");
    cal.text("PRODID", "-//bargain//bargain " + o.version + "//EN");
    cal.property("CALSCALE", "GREGORIAN");
    cal.text("X-WR-CALNAME", r.campaign);
    for (const Violation& v : r.violations)
        cal.text("X-BARGAIN-VIOLATION", v.constraint + ": " + v.message + " [" + v.source + "]");

    // One VTIMEZONE, covering whole years from the first timed item's to
    // the last's, when any item has a time and the zone is not UTC.
    std::optional<Seconds> earliest, latest;
    for (const Entry& e : entries) {
        if (e.all_day) continue;
        Seconds last = e.end.value_or(e.start);
        if (!earliest || e.start < *earliest) earliest = e.start;
        if (!latest || last > *latest) latest = last;
    }
    if (earliest && !zone.is_utc()) {
        year first_year = year_month_day(floor<days>(zone.to_wall(*earliest))).year();
        year last_year = year_month_day(floor<days>(zone.to_wall(*latest))).year();
        cal.time_zone(zone, zone.to_instant(Seconds(sys_days(first_year / January / 1))),
                      zone.to_instant(Seconds(sys_days((last_year + years(1)) / January / 1))));
    }

    auto at = [&](const char* name, Seconds instant) {
        if (zone.is_utc()) cal.property(name, ics::utc_time_value(instant));
        else cal.property(std::string(name) + ";TZID=" + zone.name(), ics::local_time_value(zone.to_wall(instant)));
    };
    std::string domain = "@" + calendar_slug(r.campaign) + ".bargain";
    std::string stamp = ics::utc_time_value(o.stamp);
    for (const Entry& e : entries) {
        const bool vote = e.item->kind == TimelineItem::Kind::vote;
        cal.begin("VEVENT");
        cal.text("UID", e.item->id + domain);
        cal.property("DTSTAMP", stamp);
        if (e.all_day) {
            cal.property("DTSTART;VALUE=DATE", ics::date_value(e.first_day));
            cal.property("DTEND;VALUE=DATE", ics::date_value(e.last_day + days(1)));
        } else {
            at("DTSTART", e.start);
            if (e.end) at("DTEND", *e.end);
        }
        cal.text("SUMMARY", e.summary);
        if (!e.description.empty()) cal.text("DESCRIPTION", e.description);
        if (!e.location.empty()) cal.text("LOCATION", e.location);
        cal.text("CATEGORIES", e.item->type);
        cal.property("LAST-MODIFIED", stamp);
        cal.property("SEQUENCE", std::to_string(content_sequence(e, vote)));
        // A vote's window is time to vote in, not time taken: phones must
        // not show members as busy for a week.
        if (vote) cal.property("TRANSP", "TRANSPARENT");
        cal.end("VEVENT");
    }
    cal.end("VCALENDAR");
    return cal.str();
}

}  // namespace bargain
