#include "tally/rule_working.h"

namespace bargain {

namespace {

using Measure = Threshold::Measure;
using Base = Threshold::Base;

const char* measure_word(Measure m) {
    switch (m) {
        case Measure::yes: return "yes";
        case Measure::cast: return "cast";
        case Measure::valid: return "valid";
    }
    return "?";
}

const char* base_word(Base b) {
    switch (b) {
        case Base::valid: return "valid";
        case Base::cast: return "cast";
        case Base::eligible: return "eligible";
    }
    return "?";
}

}  // namespace

std::string with_commas_128(__int128 n) {
    bool negative = n < 0;
    unsigned __int128 v = negative ? static_cast<unsigned __int128>(-(n + 1)) + 1 : static_cast<unsigned __int128>(n);
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    } while (v > 0);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (negative ? "-" : "") + out;
}

RuleStep threshold_working(const Threshold& th, const Totals& t) {
    const long long m = th.measure_in(t), b = th.base_in(t);
    const __int128 lhs = static_cast<__int128>(m) * th.fraction.den;
    const __int128 rhs = static_cast<__int128>(b) * th.fraction.num;
    RuleStep step;
    step.clause = th.text();
    step.met = th.strict ? lhs > rhs : lhs >= rhs;
    // The relation the numbers are in, which is the rule's own when it is met.
    const char* wanted = th.strict ? ">" : "\u2265";
    const char* found = step.met ? wanted : th.strict ? "\u2264" : "<";
    const std::string den = with_commas_128(th.fraction.den), num = with_commas_128(th.fraction.num);
    step.arithmetic = std::string(measure_word(th.measure)) + " \u00d7 " + den + " " + wanted + " " +
                      base_word(th.base) + " \u00d7 " + num + ": " + with_commas_128(m) + " \u00d7 " + den + " = " +
                      with_commas_128(lhs) + " " + found + " " + with_commas_128(b) + " \u00d7 " + num + " = " +
                      with_commas_128(rhs);
    return step;
}

std::vector<RuleStep> rule_working(const Rule& rule, const Totals& t) {
    std::vector<RuleStep> out;
    if (t.yes <= 0) out.push_back(RuleStep{"at least one yes vote", "yes = " + with_commas_128(t.yes), false});
    for (const auto& clause : rule.clauses) {
        if (const auto* th = std::get_if<Threshold>(&clause)) {
            out.push_back(threshold_working(*th, t));
            continue;
        }
        const auto& c = std::get<Conditional>(clause);
        RuleStep condition = threshold_working(c.condition, t);
        condition.clause = "whether " + condition.clause + " (it decides which threshold applies)";
        condition.condition = true;
        bool holds = condition.met;
        out.push_back(std::move(condition));
        RuleStep branch = threshold_working(holds ? c.then : c.otherwise, t);
        branch.clause += holds ? ", since it does" : ", since it does not";
        out.push_back(std::move(branch));
    }
    return out;
}

}  // namespace bargain
