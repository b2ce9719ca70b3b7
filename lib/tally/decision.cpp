#include "tally/decision.h"

namespace bargain {

Decision judge(const Rule& rule, std::string unit, const AnswerCounts& counts, std::optional<long long> eligible,
               long long challenged) {
    Decision d;
    d.unit = std::move(unit);
    d.eligible = eligible;
    d.counts = counts;
    d.challenged = challenged;
    bool carried = rule.carried(decision_totals(d));
    if (challenged > 0)
        d.determinative_challenges = rule.carried(with_challenged(d, true)) != carried ||
                                     rule.carried(with_challenged(d, false)) != carried;
    d.outcome = d.determinative_challenges ? Outcome::undetermined : carried ? Outcome::carried : Outcome::failed;
    return d;
}

Totals decision_totals(const Decision& d) {
    const AnswerCounts& c = d.counts;
    return Totals{c.yes, c.no, c.valid(), c.cast(), d.eligible};
}

Totals with_challenged(const Decision& d, bool as_yes) {
    Totals t = decision_totals(d);
    (as_yes ? t.yes : t.no) += d.challenged;
    t.valid += d.challenged;
    t.cast += d.challenged;
    if (t.eligible) *t.eligible += d.challenged;
    return t;
}

const char* outcome_name(Outcome o) {
    switch (o) {
        case Outcome::carried: return "carried";
        case Outcome::failed: return "failed";
        case Outcome::undetermined: return "undetermined";
    }
    return "?";
}

Result<std::vector<QuestionDecision>> decide(const Count& count, const Rule& rule, bool by_unit) {
    if (rule.needs_eligible()) {
        if (!count.eligible)
            return Diagnostic{"", 0, 0,
                              "the rule '" + rule.name + "' (" + rule.text() +
                                  ") needs the number of eligible voters: give the roster with --roster, or their number with --eligible N "
                                  "(in a campaign vote: roster: or eligible:)"};
        if (by_unit)
            for (size_t u = 0; u < count.units.size(); ++u)
                if (!count.eligible_by_unit[u])
                    return Diagnostic{"", 0, 0,
                                      "the rule '" + rule.name + "' needs the number of eligible voters in unit '" +
                                          count.units[u] + "': give a roster with a unit column"};
    }
    if (by_unit && count.units.empty())
        return Diagnostic{"", 0, 0, "--by-unit needs units: neither the roster nor the ballots have a unit column"};

    std::vector<QuestionDecision> out;
    for (const Count::Question& q : count.questions) {
        QuestionDecision qd{q.id, q.text, judge(rule, "", q.total(), count.eligible, count.challenged), {}};
        if (by_unit) {
            bool any_failed = false, any_open = false, any_determinative = false;
            for (size_t u = 0; u < count.units.size(); ++u) {
                Decision d = judge(rule, count.units[u], q.by_unit[u], count.eligible_by_unit[u],
                                   count.challenged_by_unit[u] + count.challenged_no_unit);
                any_failed = any_failed || d.outcome == Outcome::failed;
                any_open = any_open || d.outcome == Outcome::undetermined;
                any_determinative = any_determinative || d.determinative_challenges;
                qd.units.push_back(std::move(d));
            }
            // The vote carries only if it carries in every unit.
            qd.overall.outcome = any_failed ? Outcome::failed : any_open ? Outcome::undetermined : Outcome::carried;
            qd.overall.determinative_challenges = qd.overall.outcome == Outcome::undetermined;
        }
        out.push_back(std::move(qd));
    }
    return out;
}

std::optional<std::string> margin(long long a, long long b) {
    if (a <= 0 || b <= 0) return std::nullopt;
    __int128 big = a > b ? a : b, small = a > b ? b : a;
    __int128 whole = (2 * big + small) / (2 * small);  // nearest, halves up
    __int128 off = big - whole * small;
    if (off < 0) off = -off;
    if (off * 20 <= small) return std::to_string(static_cast<long long>(whole)) + "-to-1";
    long long tenths = static_cast<long long>((20 * big + small) / (2 * small));
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "-to-1";
}

std::string ratio_text(long long part, long long whole, int decimals) {
    if (whole <= 0) return "-";
    // In 128 bits throughout: a count of up to 10^15 times 100 and 10^4
    // overflows 64 (and a negative remainder once printed a string of
    // 2^64 characters).
    __int128 scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    __int128 scaled = (2 * static_cast<__int128>(part) * scale + whole) / (2 * static_cast<__int128>(whole));
    auto digits = [](__int128 v) {
        std::string out;
        do {
            out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
            v /= 10;
        } while (v > 0);
        return out;
    };
    bool negative = scaled < 0;
    if (negative) scaled = -scaled;
    std::string out = (negative ? "-" : "") + digits(scaled / scale);
    if (decimals > 0) {
        std::string frac = digits(scaled % scale);
        out += "." + std::string(static_cast<size_t>(decimals) - frac.size(), '0') + frac;
    }
    return out;
}

}  // namespace bargain
