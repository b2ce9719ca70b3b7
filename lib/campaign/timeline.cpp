#include "campaign/timeline.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace bargain {

namespace {

using std::chrono::days;
using std::chrono::weekday;

// One item before its date is known: where its date comes from.
struct Pending {
    TimelineItem item;
    std::optional<DateSpec> spec;   // sessions, offers, events, votes closing relative to an item
    std::optional<Date> fixed;      // votes: the day they close
    bool hidden = false;            // the contract's expiry: an anchor, not an item
};

class Resolver {
public:
    Resolver(const Campaign& c, const std::string& file) : c_(c), file_(file) {}

    TimelineLoad run() {
        collect();
        for (size_t i = 0; i < pending_.size(); ++i) resolve(i);
        TimelineLoad out;
        for (size_t i = 0; i < pending_.size(); ++i)
            if (state_[i] == State::done && dates_[i]) {
                if (pending_[i].hidden) {
                    out.timeline.contract_expires = dates_[i];
                    continue;
                }
                TimelineItem item = pending_[i].item;
                item.date = *dates_[i];
                if (item.kind == TimelineItem::Kind::vote) window(item);
                out.timeline.items.push_back(std::move(item));
            }
        std::stable_sort(out.timeline.items.begin(), out.timeline.items.end(),
                         [](const TimelineItem& a, const TimelineItem& b) {
                             if (a.date != b.date) return a.date < b.date;
                             auto at = [](const TimelineItem& x) { return x.start.value_or(std::chrono::minutes(-1)); };
                             return at(a) < at(b);
                         });
        out.timeline.index_by_id();
        out.problems = std::move(problems_);
        return out;
    }

private:
    enum class State { unvisited, visiting, done };

    void add(TimelineItem item, std::optional<DateSpec> spec, std::optional<Date> fixed, bool hidden = false) {
        index_[item.id] = pending_.size();
        pending_.push_back({std::move(item), std::move(spec), fixed, hidden});
    }

    // A vote's window once its closing day is known: closes at that day (and
    // time), and opens counted from its anchor when written relative to one.
    void window(TimelineItem& item) {
        auto found = votes_.find(item.id);
        if (found == votes_.end()) return;
        const Vote* v = found->second;
        item.closes = v->closes;
        if (v->closes_from)
            item.closes = DateTime{Seconds(item.date) + item.start.value_or(std::chrono::minutes(0)), std::nullopt,
                                   item.start.has_value()};
        if (!v->opens_from) return;
        const RelativeWhen& from = *v->opens_from;
        std::optional<size_t> j;
        if (auto it = index_.find(from.date.anchor); it != index_.end()) j = it->second;
        if (std::optional<Date> day = count_from("the opening of vote '" + v->id + "'", from.date, from.where, j))
            item.opens = DateTime{Seconds(*day) + from.time.value_or(std::chrono::minutes(0)), std::nullopt,
                                  from.time.has_value()};
    }

    void collect() {
        if (c_.info.contract_expires_written) {
            TimelineItem expiry{TimelineItem::Kind::event, kContractExpires, "Contract expires", "", Date{},
                                std::nullopt, std::nullopt, c_.info.contract_expires_written->where};
            add(std::move(expiry), c_.info.contract_expires_written, std::nullopt, true);
        }
        for (const Session& s : c_.sessions) {
            TimelineItem item{TimelineItem::Kind::session, s.id,
                              s.location.empty() ? "Bargaining session" : "Bargaining session, " + s.location,
                              "session", Date{}, s.start, s.end, s.where};
            add(std::move(item), s.date, std::nullopt);
        }
        for (const Offer& o : c_.offers) {
            std::string title = o.label.empty() ? "Offer " + o.id : o.label;
            TimelineItem item{TimelineItem::Kind::offer, o.id, title, "offer", Date{}, std::nullopt, std::nullopt, o.where};
            item.side = o.side;
            add(std::move(item), o.date, std::nullopt);
        }
        for (const Vote& v : c_.votes) {
            votes_.emplace(v.id, &v);
            // A vote stands on the timeline on the day it closes.
            std::optional<Date> closes;
            std::optional<std::chrono::minutes> end;
            std::optional<DateSpec> counted;
            if (v.closes_from) {
                counted = DateSpec{v.closes_from->date, v.closes_from->where};
                end = v.closes_from->time;
            } else if (v.closes) {
                closes = std::chrono::floor<days>(v.closes->wall);
                if (v.closes->has_time)
                    end = std::chrono::duration_cast<std::chrono::minutes>(v.closes->wall - Seconds(*closes));
            }
            std::string title = v.question.empty() ? "Vote " + v.id : "Vote closes: " + v.question;
            TimelineItem item{TimelineItem::Kind::vote, v.id, title, "vote", Date{}, end, std::nullopt, v.where};
            item.opens = v.opens;
            add(std::move(item), counted, closes);
        }
        for (const Event& e : c_.events) {
            // An event without a title is named by its kind and type: "Notice (intent to strike)".
            std::string title = e.title;
            if (title.empty()) {
                title = name_of(e.kind);
                title[0] = static_cast<char>(title[0] - 'a' + 'A');
                std::string type = e.type;
                std::replace(type.begin(), type.end(), '-', ' ');
                if (!type.empty()) title += " (" + type + ")";
            }
            TimelineItem item{TimelineItem::Kind::event, e.id, title, name_of(e.kind), Date{}, e.start, e.end, e.where};
            item.event = e.kind;
            add(std::move(item), e.date, std::nullopt);
        }
        state_.assign(pending_.size(), State::unvisited);
        dates_.assign(pending_.size(), std::nullopt);
    }

    void problem(const Where& w, std::string message) {
        problems_.push_back(Diagnostic{file_, w.line, w.column, std::move(message)});
    }

    // The date of every item reachable from `root`, anchors first. Depth
    // first with an explicit stack, so that a chain of a hundred thousand
    // relative dates cannot overflow the call stack, and with the path of
    // items under way, so that a circle is found and named, not followed.
    void resolve(size_t root) {
        std::vector<size_t> stack{root};
        while (!stack.empty()) {
            size_t i = stack.back();
            if (state_[i] == State::done) {
                stack.pop_back();
                continue;
            }
            const Pending& p = pending_[i];
            const RelativeDate* r = p.spec ? p.spec->relative() : nullptr;
            std::optional<size_t> j;
            if (r)
                if (auto it = index_.find(r->anchor); it != index_.end()) j = it->second;
            if (state_[i] == State::unvisited) {
                state_[i] = State::visiting;
                path_.push_back(i);
                if (j && state_[*j] == State::unvisited) {
                    stack.push_back(*j);
                    continue;  // back to i once its anchor is done
                }
            }
            std::optional<Date> date = p.fixed;
            if (p.spec) date = p.spec->absolute() ? std::optional<Date>(*p.spec->absolute()) : relative(i, *r, j);
            dates_[i] = date;
            state_[i] = State::done;
            path_.pop_back();
            stack.pop_back();
        }
    }

    // Item i's date from its anchor j (done, or still under way: a circle).
    std::optional<Date> relative(size_t i, const RelativeDate& r, std::optional<size_t> j) {
        return count_from("'" + pending_[i].item.id + "'", r, pending_[i].spec->where, j);
    }

    // `who` (for messages) counted from anchor j.
    std::optional<Date> count_from(const std::string& who, const RelativeDate& r, const Where& where,
                                   std::optional<size_t> j) {
        if (!j) {
            // The loader reports unknown ids; contract_expires is known but
            // may not be given.
            if (r.anchor == kContractExpires)
                problem(where, who + " counts from contract_expires, but the campaign gives no contract_expires");
            return std::nullopt;
        }
        if (state_[*j] == State::visiting) {
            std::string loop;
            auto from = std::find(path_.begin(), path_.end(), *j);
            for (auto k = from; k != path_.end(); ++k) loop += pending_[*k].item.id + " -> ";
            problem(where, "these dates count from one another in a circle: " + loop + pending_[*j].item.id);
            return std::nullopt;
        }
        std::optional<Date> anchor = dates_[*j];
        if (!anchor) {
            if (!has_own_date(*j)) problem(where, who + " counts from '" + r.anchor + "', which has no date");
            return std::nullopt;
        }
        if (r.days > kMaxRelativeDays) {
            problem(where, "more than " + std::to_string(kMaxRelativeDays) + " days away");
            return std::nullopt;
        }
        Date date = add_days(*anchor, r.after ? r.days : -r.days, r.business, c_.info.holidays);
        if (date < kFirstDate || date > kLastDate) {
            problem(where, "this date falls outside the years " + std::to_string(kFirstYear) + " to " +
                               std::to_string(kLastYear));
            return std::nullopt;
        }
        return date;
    }

    bool has_own_date(size_t j) const { return pending_[j].spec.has_value() || pending_[j].fixed.has_value(); }

    const Campaign& c_;
    const std::string& file_;
    std::vector<Pending> pending_;
    std::map<std::string, size_t> index_;
    std::unordered_map<std::string_view, const Vote*> votes_;  // by id
    std::vector<State> state_;
    std::vector<std::optional<Date>> dates_;
    std::vector<size_t> path_;
    std::vector<Diagnostic> problems_;
};

}  // namespace

const TimelineItem* Timeline::find(const std::string& id) const {
    if (indexed_) {
        auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : &items[it->second];
    }
    for (const TimelineItem& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

void Timeline::index_by_id() {
    by_id_.clear();
    for (size_t i = 0; i < items.size(); ++i) by_id_.emplace(items[i].id, i);
    indexed_ = true;
}

namespace {

bool is_weekday(Date d) {
    weekday w(d);
    return w != std::chrono::Saturday && w != std::chrono::Sunday;
}

// The date `n` weekdays (Monday to Friday) after `from`, or before it when n
// is negative, in constant time: weekdays are numbered five to a week from
// the Monday of from's week.
Date weekdays_from(Date from, long long n) {
    long long wd = (weekday(from).iso_encoding() + 6) % 7;  // Monday 0 .. Sunday 6
    if (wd >= 5) {
        // A weekend counts as the Friday before it going forward, as the
        // Monday after it going back.
        from += days(n >= 0 ? 4 - wd : 7 - wd);
        wd = n >= 0 ? 4 : 0;
    }
    Date monday = from - days(wd);
    long long p = wd + n;
    long long weeks = p >= 0 ? p / 5 : -((-p + 4) / 5);
    return monday + days(weeks * 7 + (p - weeks * 5));
}

// How many weekday holidays lie between `a` (excluded) and `b` (included),
// in either order.
long long weekday_holidays(Date a, Date b, const std::vector<Date>& holidays) {
    auto first = a < b ? std::upper_bound(holidays.begin(), holidays.end(), a)
                       : std::lower_bound(holidays.begin(), holidays.end(), b);
    auto last = a < b ? std::upper_bound(holidays.begin(), holidays.end(), b)
                      : std::lower_bound(holidays.begin(), holidays.end(), a);
    return std::count_if(first, last, is_weekday);
}

}  // namespace

Date add_days(Date from, long long n, bool business, const std::vector<Date>& holidays) {
    if (!business) return from + days(n);
    // Jump over the weekdays still owed, then owe one more for each holiday
    // jumped over; each round looks at holidays no earlier round saw.
    long long step = n < 0 ? -1 : 1;
    Date d = from;
    for (long long left = n < 0 ? -n : n; left > 0;) {
        Date next = weekdays_from(d, step * left);
        left = weekday_holidays(d, next, holidays);
        d = next;
    }
    return d;
}

TimelineLoad resolve_timeline(const Campaign& campaign, const std::string& file) {
    return Resolver(campaign, file).run();
}

void fill_resolved_dates(Campaign& campaign, const Timeline& timeline) {
    if (campaign.info.contract_expires_written) campaign.info.contract_expires = timeline.contract_expires;
    for (Vote& v : campaign.votes) {
        if (!v.opens_from && !v.closes_from) continue;
        const TimelineItem* item = timeline.find(v.id);
        if (!item) continue;
        if (v.opens_from) v.opens = item->opens;
        if (v.closes_from) v.closes = item->closes;
    }
}

}  // namespace bargain
