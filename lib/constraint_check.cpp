#include "constraint_check.h"

#include <algorithm>
#include <optional>

namespace bargain {

namespace {

using std::chrono::days;

// A statutory preset: what it requires of a strike, with its citation.
// Kept as data so that a preset's numbers are read, not hidden in code.
// Notices are events of kind `notice`; their `type` says which notice.
struct Preset {
    const char* name;
    const char* citation;
    int notice_days;          // a notice of intent to strike at least this many days before the action; 0: none
    int notice_days_2026;     // the same when the strike ballot closed on or after 2026-02-18 (UK)
    bool pickets_too;         // the notice is also due before a picket (NLRA 8(g))
    bool after_expiry;        // the strike comes after contract_expires
    bool mediation_first;     // a mediation event comes before the strike
    int employer_notice_days; // a `bargaining-notice` at least this many days before contract_expires; 0: none
    int fmcs_notice_days;     // an `fmcs-notice` at least this many days before contract_expires; 0: none
    int mandate_months;       // the action within this many months of the strike ballot closing; 0: none
    int mandate_months_2026;  // the same for a ballot closing on or after 2026-02-18
};

constexpr Preset kPresets[] = {
    {"illinois-iplra", "5 ILCS 315/17", 5, 5, false, true, true, 0, 0, 0, 0},
    {"illinois-ielra", "115 ILCS 5/13", 10, 10, false, false, true, 0, 0, 0, 0},
    {"nlra-8d", "29 U.S.C. 158(d)", 0, 0, false, false, false, 60, 30, 0, 0},
    {"nlra-8g", "29 U.S.C. 158(g)", 10, 10, true, false, false, 0, 0, 0, 0},
    {"uk-tulrca", "Trade Union and Labour Relations (Consolidation) Act 1992, ss. 234, 234A", 14, 10, false, false,
     false, 0, 0, 6, 12},
};

// The UK's Employment Rights Act 2025 changes apply to ballots closing from this day.
constexpr std::chrono::year_month_day kUk2026{std::chrono::year(2026), std::chrono::month(2), std::chrono::day(18)};

const Preset* preset_named(const std::string& name) {
    for (const Preset& p : kPresets)
        if (name == p.name) return &p;
    return nullptr;
}

Date add_months(Date d, int months) {
    std::chrono::year_month_day ymd(d);
    std::chrono::year_month_day moved = ymd + std::chrono::months(months);
    if (!moved.ok()) moved = moved.year() / moved.month() / std::chrono::last;  // 31 August + 6 months: 28 February
    return Date(moved);
}

long long days_between(Date a, Date b) { return (b - a).count(); }

std::string plural_days(long long n) { return std::to_string(n) + (n == 1 || n == -1 ? " day" : " days"); }

class Checker {
public:
    Checker(const Campaign& c, const Timeline& t, const std::string& file) : c_(c), t_(t), file_(file) {}

    ConstraintCheck run() {
        if (!c_.info.law.empty()) {
            if (const Preset* p = preset_named(c_.info.law)) check_preset(*p);
            else out_.problems.push_back(Diagnostic{file_, 0, 0, "unknown law preset '" + c_.info.law + "'"});
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

    // The latest strike-authorization vote closing on or before `day`.
    std::optional<Date> ballot_before(Date day) const {
        std::optional<Date> found;
        for (const Vote& v : c_.votes) {
            if (v.kind != VoteKind::strike_authorization) continue;
            const TimelineItem* item = t_.find(v.id);
            if (item && item->date <= day && (!found || item->date > *found)) found = item->date;
        }
        return found;
    }

    void check_preset(const Preset& p) {
        std::string name = p.name;
        if (c_.info.contract_expires) {
            Date expires = *c_.info.contract_expires;
            auto notice_before_expiry = [&](const char* type, int ahead, const char* what) {
                if (ahead <= 0) return;
                bool given = false;
                for (const TimelineItem* n : events_of(EventKind::notice, type))
                    given = given || days_between(n->date, expires) >= ahead;
                if (!given)
                    violation(name + ": " + type,
                              std::string(what) + " (an event of kind notice, type " + type + ") must be given at least " +
                                  plural_days(ahead) + " before the contract expires (" + format_date(expires) + ")",
                              p.citation);
            };
            notice_before_expiry("bargaining-notice", p.employer_notice_days, "notice to the employer");
            notice_before_expiry("fmcs-notice", p.fmcs_notice_days, "notice to the FMCS");
        }
        std::vector<const TimelineItem*> actions = events_of(EventKind::strike);
        if (p.pickets_too)
            for (const TimelineItem* picket : events_of(EventKind::picket)) actions.push_back(picket);
        for (const TimelineItem* strike : actions) {
            const char* action = std::string(strike->type) == "picket" ? "picket" : "strike";
            std::string when = std::string(" (the ") + action + " '" + strike->id + "' on " + format_date(strike->date) + ")";
            std::optional<Date> ballot = ballot_before(strike->date);
            bool from_2026 = ballot && *ballot >= Date(kUk2026);
            int notice_days = from_2026 ? p.notice_days_2026 : p.notice_days;
            if (notice_days > 0) {
                // The latest notice before the action is the one that counts.
                std::optional<Date> notice;
                for (const TimelineItem* n : events_of(EventKind::notice, "intent-to-strike"))
                    if (n->date <= strike->date && (!notice || n->date > *notice)) notice = n->date;
                if (!notice) {
                    violation(name + ": notice",
                              std::string("a notice of intent to strike must come before the ") + action + when,
                              p.citation);
                } else if (days_between(*notice, strike->date) < notice_days) {
                    violation(name + ": notice",
                              std::string("the ") + action + " must be at least " + plural_days(notice_days) +
                                  " after the notice of intent to strike; it is " +
                                  std::to_string(days_between(*notice, strike->date)) + when,
                              p.citation);
                }
            }
            if (std::string(action) != "strike") continue;
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
            int months = from_2026 ? p.mandate_months_2026 : p.mandate_months;
            if (months > 0) {
                if (!ballot)
                    violation(name + ": ballot", "a strike-authorization vote must close before the strike" + when,
                              p.citation);
                else if (strike->date > add_months(*ballot, months))
                    violation(name + ": mandate",
                              "the strike must begin within " + std::to_string(months) +
                                  " months of the ballot closing (" + format_date(*ballot) + ")" + when,
                              p.citation);
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

CheckedCampaign load_and_check(Input& in) {
    CampaignLoad load = load_campaign(in);
    CheckedCampaign out{std::move(load.campaign), {}, {}, std::move(load.problems)};
    TimelineLoad timeline = resolve_timeline(out.campaign, in.name());
    out.timeline = std::move(timeline.timeline);
    out.problems.insert(out.problems.end(), timeline.problems.begin(), timeline.problems.end());
    ConstraintCheck check = check_constraints(out.campaign, out.timeline, in.name());
    out.violations = std::move(check.violations);
    out.problems.insert(out.problems.end(), check.problems.begin(), check.problems.end());
    return out;
}

}  // namespace bargain
