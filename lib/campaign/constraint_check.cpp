#include "campaign/constraint_check.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "campaign/law_preset.h"
#include "io/excerpt.h"

namespace bargain {

namespace {

using std::chrono::days;

long long days_between(Date a, Date b) { return (b - a).count(); }

std::string plural_days(long long n) { return std::to_string(n) + (n == 1 || n == -1 ? " day" : " days"); }

class Checker {
public:
    Checker(const Campaign& c, const Timeline& t, const std::string& file) : c_(c), t_(t), file_(file) {
        intent_notices_ = events_of(EventKind::notice, NoticeType::intent_to_strike);
        mediations_ = events_of(EventKind::mediation);
    }

    ConstraintCheck run() {
        if (!c_.info.law.empty()) {
            const LawPresets& presets = builtin_law_presets();
            if (presets.problem) out_.problems.push_back(*presets.problem);
            else if (const LawPreset* p = presets.find(c_.info.law)) check_preset(with_overrides(*p));
            else out_.problems.push_back(Diagnostic{file_, 0, 0, "unknown law preset '" + c_.info.law + "'"});
        }
        for (size_t i = 0; i < c_.constraints.size(); ++i) check_own(i);
        return std::move(out_);
    }

private:
    const TimelineItem* dated(const std::string& id) const { return t_.find(id); }

    std::vector<const TimelineItem*> events_of(EventKind kind, std::optional<NoticeType> type = std::nullopt) const {
        std::vector<const TimelineItem*> found;
        for (const Event& e : c_.events) {
            if (e.kind != kind || (type && e.notice != *type)) continue;
            if (const TimelineItem* item = dated(e.id)) found.push_back(item);
        }
        return found;
    }

    // `items`: the ids of the items it concerns, for a chart to mark; `at`:
    // the one whose date has to move, where a report points the reader.
    void violation(std::string constraint, std::string message, std::string source,
                   std::vector<std::string> items = {}, const TimelineItem* at = nullptr) {
        out_.violations.push_back({std::move(constraint), std::move(message), std::move(source), std::move(items),
                                   at ? at->where : Where{}});
    }

    // The latest strike-authorization vote closing on or before `day`.
    std::optional<Date> ballot_before(Date day) const {
        std::optional<Date> found;
        for (const Vote& v : c_.votes) {
            if (v.kind != VoteKind::strike_authorization) continue;
            const TimelineItem* item = dated(v.id);
            if (item && item->date <= day && (!found || item->date > *found)) found = item->date;
        }
        return found;
    }

    // The preset with the campaign's own numbers in place of the statute's,
    // in the rules as enacted and as amended alike.
    LawPreset with_overrides(const LawPreset& preset) {
        LawPreset p = preset;
        for (const LawOverride& o : c_.info.law_overrides) {
            set_law_number(p.rules, o.key, o.value);
            for (LawAmendment& a : p.amendments) set_law_number(a.rules, o.key, o.value);
            overridden_[o.key] = o.where.line;
        }
        return p;
    }

    // What a violation of the rule `key` cites: the statute, or the line of
    // the campaign that changed its number.
    std::string source(const LawPreset& p, const std::string& key) const {
        auto it = overridden_.find(key);
        if (it == overridden_.end()) return p.citation;
        return file_ + ":" + std::to_string(it->second) + " (in place of " + p.citation + ")";
    }

    void check_preset(const LawPreset& p) {
        const std::string& name = p.id;
        if (c_.info.contract_expires) {
            Date expires = *c_.info.contract_expires;
            auto notice_before_expiry = [&](NoticeType notice, long long ahead, const char* what, const char* key) {
                if (ahead <= 0) return;
                std::string type = name_of(notice);
                bool given = false;
                for (const TimelineItem* n : events_of(EventKind::notice, notice))
                    given = given || days_between(n->date, expires) >= ahead;
                if (!given)
                    violation(name + ": " + type,
                              std::string(what) + " (an event of kind notice, type " + type + ") must be given at least " +
                                  plural_days(ahead) + " before the contract expires (" + format_date(expires) + ")",
                              source(p, key));
            };
            notice_before_expiry(NoticeType::bargaining_notice, p.rules.employer_notice_days, "notice to the employer",
                                 "employer_notice_days");
            notice_before_expiry(NoticeType::fmcs_notice, p.rules.fmcs_notice_days, "notice to the FMCS", "fmcs_notice_days");
        }
        std::vector<const TimelineItem*> actions = events_of(EventKind::strike);
        std::vector<const TimelineItem*> pickets = events_of(EventKind::picket);
        for (const TimelineItem* strike : actions) check_action(p, *strike, "strike");
        for (const TimelineItem* picket : pickets) check_action(p, *picket, "picket");
    }

    void check_action(const LawPreset& p, const TimelineItem& action_item, const char* action) {
        const std::string& name = p.id;
        std::string when = std::string(" (the ") + action + " '" + action_item.id + "' on " +
                           format_date(action_item.date) + ")";
        std::optional<Date> ballot = ballot_before(action_item.date);
        const LawRules& rules = p.rules_for(ballot);
        bool strike = std::string(action) == "strike";
        if (!strike && !rules.pickets_too) return;
        if (action_item.date < p.effective) {
            violation(name + ": in force",
                      "the " + p.name + " took effect on " + format_date(p.effective) + ", after the " + action + when +
                          "; its rules do not apply",
                      p.citation, {action_item.id}, &action_item);
            return;
        }
        if (rules.notice_days > 0) {
            // The latest notice before the action is the one that counts.
            const TimelineItem* notice = nullptr;
            for (const TimelineItem* n : intent_notices_)
                if (n->date <= action_item.date && (!notice || n->date > notice->date)) notice = n;
            if (!notice) {
                violation(name + ": notice",
                          std::string("a notice of intent to strike must come before the ") + action + when,
                          source(p, "notice_days"), {action_item.id}, &action_item);
            } else if (days_between(notice->date, action_item.date) < rules.notice_days) {
                violation(name + ": notice",
                          std::string("the ") + action + " must be at least " + plural_days(rules.notice_days) +
                              " after the notice of intent to strike; it is " +
                              std::to_string(days_between(notice->date, action_item.date)) + when,
                          source(p, "notice_days"), {notice->id, action_item.id}, &action_item);
            }
        }
        if (!strike) return;
        if (rules.after_expiry && c_.info.contract_expires && action_item.date <= *c_.info.contract_expires)
            violation(name + ": expiry",
                      "the strike must come after the contract expires (" + format_date(*c_.info.contract_expires) +
                          ")" + when,
                      p.citation, {action_item.id}, &action_item);
        if (rules.mediation_first) {
            bool mediated = false;
            for (const TimelineItem* m : mediations_) mediated = mediated || m->date < action_item.date;
            if (!mediated)
                violation(name + ": mediation", "mediation must come before the strike" + when, p.citation,
                          {action_item.id}, &action_item);
        }
        if (rules.mandate_months > 0) {
            if (!ballot)
                violation(name + ": ballot", "a strike-authorization vote must close before the strike" + when,
                          p.citation, {action_item.id}, &action_item);
            else if (action_item.date > add_months(*ballot, rules.mandate_months))
                violation(name + ": mandate",
                          "the strike must begin within " + std::to_string(rules.mandate_months) +
                              " months of the ballot closing (" + format_date(*ballot) + ")" + when,
                          source(p, "mandate_months"), {action_item.id}, &action_item);
        }
    }

    void check_own(size_t i) {
        const Constraint& k = c_.constraints[i];
        std::string name = "constraints[" + std::to_string(i) + "]";
        std::string source = file_ + ":" + std::to_string(k.where.line);
        if (const auto* o = std::get_if<OrderConstraint>(&k.rule)) {
            const TimelineItem* first = dated(o->first);
            const TimelineItem* then = dated(o->then);
            if (!first || !then) return;  // an undated item: the timeline reported it
            long long gap = days_between(first->date, then->date);
            if (gap < o->min_days)
                violation(name,
                          "'" + o->then + "' must be at least " + plural_days(o->min_days) + " after '" + o->first +
                              "'; it is " + std::to_string(gap),
                          source, {o->first, o->then}, then);
            return;
        }
        const auto& nb = std::get<NotBeforeConstraint>(k.rule);
        const TimelineItem* event = dated(nb.event);
        if (!event) return;
        std::optional<Date> limit;
        std::string what;
        std::vector<std::string> concerned = {nb.event};
        if (const Date* d = std::get_if<Date>(&nb.not_before)) {
            limit = *d;
            what = format_date(*d);
        } else if (const RelativeDate* r = std::get_if<RelativeDate>(&nb.not_before)) {
            // Counted as the timeline counts an item's relative date; an
            // anchor without a date was reported there.
            std::optional<Date> anchor;
            if (r->anchor == kContractExpires) anchor = c_.info.contract_expires;
            else if (const TimelineItem* other = dated(r->anchor)) anchor = other->date;
            if (!anchor) return;
            limit = add_days(*anchor, r->after ? r->days : -r->days, r->business, c_.info.holidays);
            what = std::to_string(r->days) + (r->business ? " business" : "") + (r->days == 1 ? " day " : " days ") +
                   (r->after ? "after '" : "before '") + r->anchor + "' (" + format_date(*limit) + ")";
            if (r->anchor != kContractExpires) concerned.push_back(r->anchor);
        } else if (std::holds_alternative<ContractExpiry>(nb.not_before)) {
            limit = c_.info.contract_expires;
            if (limit) what = "the contract expires (" + format_date(*limit) + ")";
        } else if (const TimelineItem* other = dated(std::get<ItemDate>(nb.not_before).id)) {
            const std::string& id = std::get<ItemDate>(nb.not_before).id;
            limit = other->date;
            what = "'" + id + "' (" + format_date(other->date) + ")";
            concerned.push_back(id);
        }
        if (limit && event->date < *limit)
            violation(name, "'" + nb.event + "' (" + format_date(event->date) + ") must not come before " + what,
                      source, std::move(concerned), event);
    }

    const Campaign& c_;
    const Timeline& t_;
    const std::string& file_;
    std::vector<const TimelineItem*> intent_notices_, mediations_;
    std::map<std::string, long long> overridden_;  // law number key -> campaign line
    ConstraintCheck out_;
};

}  // namespace

ConstraintCheck check_constraints(const Campaign& campaign, const Timeline& timeline, const std::string& file) {
    return Checker(campaign, timeline, file).run();
}

CheckedCampaign load_and_check(Input& in, const OpenCampaignFile& open) {
    in.keep_text(kExcerptTextLimit);
    CampaignLoad load = load_campaign(in, open);
    CheckedCampaign out{std::move(load.campaign), {}, {}, std::move(load.problems)};
    TimelineLoad timeline = resolve_timeline(out.campaign, in.name());
    out.timeline = std::move(timeline.timeline);
    fill_resolved_dates(out.campaign, out.timeline);
    out.problems.insert(out.problems.end(), timeline.problems.begin(), timeline.problems.end());
    ConstraintCheck check = check_constraints(out.campaign, out.timeline, in.name());
    out.violations = std::move(check.violations);
    out.problems.insert(out.problems.end(), check.problems.begin(), check.problems.end());
    attach_excerpts(out.problems, in.name(), in.kept());
    return out;
}

}  // namespace bargain
