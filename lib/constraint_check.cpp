#include "constraint_check.h"

#include <algorithm>
#include <optional>

namespace bargain {

namespace {

using std::chrono::days;

// A statutory preset: what it requires of a strike, with its citation.
// Kept as data so that a preset's numbers are read, not hidden in code.
struct Preset {
    const char* name;
    const char* citation;
    int notice_days;          // a notice of intent to strike at least this many days before; 0: none
    bool after_expiry;        // the strike comes after contract_expires
    bool mediation_first;     // a mediation event comes before the strike
};

constexpr Preset kPresets[] = {
    {"illinois-iplra", "5 ILCS 315/17", 5, true, true},
    {"illinois-ielra", "115 ILCS 5/13", 10, false, true},
};

const Preset* preset_named(const std::string& name) {
    for (const Preset& p : kPresets)
        if (name == p.name) return &p;
    return nullptr;
}

long long days_between(Date a, Date b) { return (b - a).count(); }

std::string plural_days(long long n) { return std::to_string(n) + (n == 1 || n == -1 ? " day" : " days"); }

class Checker {
public:
    Checker(const Campaign& c, const Timeline& t, const std::string& file) : c_(c), t_(t), file_(file) {}

    ConstraintCheck run() {
        if (!c_.info.law.empty()) {
            if (const Preset* p = preset_named(c_.info.law)) check_preset(*p);
            else
                out_.problems.push_back(Diagnostic{file_, 0, 0,
                                                   "the law preset '" + c_.info.law +
                                                       "' cannot be checked by this version of bargain yet"});
        }
        for (size_t i = 0; i < c_.constraints.size(); ++i) check_own(i);
        return std::move(out_);
    }

private:
    std::vector<const TimelineItem*> events_of(EventKind kind, const char* type = nullptr) const {
        std::vector<const TimelineItem*> found;
        for (const Event& e : c_.events) {
            if (e.kind != kind || (type && e.type != type)) continue;
            if (const TimelineItem* item = t_.find(e.id)) found.push_back(item);
        }
        return found;
    }

    void violation(std::string constraint, std::string message, std::string source) {
        out_.violations.push_back({std::move(constraint), std::move(message), std::move(source)});
    }

    void check_preset(const Preset& p) {
        std::string name = p.name;
        for (const TimelineItem* strike : events_of(EventKind::strike)) {
            std::string when = " (the strike '" + strike->id + "' on " + format_date(strike->date) + ")";
            if (p.notice_days > 0) {
                // The latest notice before the strike is the one that counts.
                std::optional<Date> notice;
                for (const TimelineItem* n : events_of(EventKind::notice, "intent-to-strike"))
                    if (n->date <= strike->date && (!notice || n->date > *notice)) notice = n->date;
                if (!notice) {
                    violation(name + ": notice", "a notice of intent to strike must come before the strike" + when,
                              p.citation);
                } else if (days_between(*notice, strike->date) < p.notice_days) {
                    violation(name + ": notice",
                              "the strike must be at least " + plural_days(p.notice_days) +
                                  " after the notice of intent to strike; it is " +
                                  std::to_string(days_between(*notice, strike->date)) + when,
                              p.citation);
                }
            }
            if (p.after_expiry && c_.info.contract_expires && strike->date <= *c_.info.contract_expires)
                violation(name + ": expiry",
                          "the strike must come after the contract expires (" +
                              format_date(*c_.info.contract_expires) + ")" + when,
                          p.citation);
            if (p.mediation_first) {
                bool mediated = false;
                for (const TimelineItem* m : events_of(EventKind::mediation)) mediated = mediated || m->date < strike->date;
                if (!mediated) violation(name + ": mediation", "mediation must come before the strike" + when, p.citation);
            }
        }
    }

    void check_own(size_t i) {
        const Constraint& k = c_.constraints[i];
        std::string name = "constraints[" + std::to_string(i) + "]";
        std::string source = file_ + ":" + std::to_string(k.where.line);
        if (const auto* o = std::get_if<OrderConstraint>(&k.rule)) {
            const TimelineItem* first = t_.find(o->first);
            const TimelineItem* then = t_.find(o->then);
            if (!first || !then) return;  // an undated item: the timeline reported it
            long long gap = days_between(first->date, then->date);
            if (gap < o->min_days)
                violation(name,
                          "'" + o->then + "' must be at least " + plural_days(o->min_days) + " after '" + o->first +
                              "'; it is " + std::to_string(gap),
                          source);
            return;
        }
        const auto& nb = std::get<NotBeforeConstraint>(k.rule);
        const TimelineItem* event = t_.find(nb.event);
        if (!event) return;
        std::optional<Date> limit = nb.not_before_date;
        std::string what = nb.not_before;
        if (!limit && nb.not_before == "contract_expires") {
            limit = c_.info.contract_expires;
            if (limit) what = "the contract expires (" + format_date(*limit) + ")";
        } else if (!limit) {
            if (const TimelineItem* other = t_.find(nb.not_before)) {
                limit = other->date;
                what = "'" + nb.not_before + "' (" + format_date(other->date) + ")";
            }
        }
        if (limit && event->date < *limit)
            violation(name, "'" + nb.event + "' (" + format_date(event->date) + ") must not come before " + what,
                      source);
    }

    const Campaign& c_;
    const Timeline& t_;
    const std::string& file_;
    ConstraintCheck out_;
};

}  // namespace

ConstraintCheck check_constraints(const Campaign& campaign, const Timeline& timeline, const std::string& file) {
    return Checker(campaign, timeline, file).run();
}

}  // namespace bargain
