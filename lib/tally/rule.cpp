#include "tally/rule.h"

#include "core/suggest.h"
#include "core/text.h"

namespace bargain {

namespace {

using Measure = Threshold::Measure;
using Base = Threshold::Base;

// Fractions are bounded so that count x numerator can never overflow, even
// with counts in the trillions (__int128 does the rest).
constexpr long long kMaxTerm = 1'000'000;

}  // namespace

long long Threshold::measure_in(const Totals& totals) const {
    switch (measure) {
        case Measure::yes: return totals.yes;
        case Measure::cast: return totals.cast;
        case Measure::valid: return totals.valid;
    }
    return 0;
}

long long Threshold::base_in(const Totals& totals) const {
    switch (base) {
        case Base::valid: return totals.valid;
        case Base::cast: return totals.cast;
        case Base::eligible: return totals.eligible.value_or(0);
    }
    return 0;
}

namespace {

Fraction make_fraction(long long n, long long d) {
    return Fraction{n, d, std::to_string(n) + "/" + std::to_string(d)};
}

Threshold yes_of_valid(bool strict, long long n, long long d) {
    return Threshold{Measure::yes, strict, make_fraction(n, d), Base::valid};
}

struct PresetRule {
    RulePreset preset;
    std::vector<std::variant<Threshold, Conditional>> clauses;
};

const std::vector<PresetRule>& presets() {
    static const std::vector<PresetRule> all = [] {
        Threshold half_turnout{Measure::cast, false, make_fraction(1, 2), Base::eligible};
        Threshold forty_percent{Measure::yes, false, Fraction{40, 100, "40%"}, Base::eligible};
        Threshold more_yes_than_no = yes_of_valid(true, 1, 2);
        return std::vector<PresetRule>{
            {{"majority", "more than half of the valid votes; a tie fails"}, {yes_of_valid(true, 1, 2)}},
            {{"two-thirds", "at least two thirds of the valid votes"}, {yes_of_valid(false, 2, 3)}},
            {{"three-quarters", "at least three quarters of the valid votes"}, {yes_of_valid(false, 3, 4)}},
            {{"chicago-ielra", "at least three quarters of all eligible members (115 ILCS 5/13(b)(2.10))"},
             {Threshold{Measure::yes, false, make_fraction(3, 4), Base::eligible}}},
            {{"uaw", "at least two thirds of the valid votes (UAW Constitution Art. 50)"},
             {yes_of_valid(false, 2, 3)}},
            {{"uk-2016", "turnout of at least half of those entitled to vote, and more yes than no "
                         "(Trade Union Act 2016)"},
             {half_turnout, more_yes_than_no}},
            {{"uk-2016-ips", "as uk-2016, and yes from at least 40% of those entitled to vote "
                             "(important public services)"},
             {half_turnout, more_yes_than_no, forty_percent}},
            {{"uk-2026", "as uk-2016; the 40% rule was repealed from 2026-02-18"},
             {half_turnout, more_yes_than_no}},
            {{"teamsters-1987", "a reject question: more than half of the valid votes when at least half "
                                "of those eligible vote validly, otherwise at least two thirds"},
             {Conditional{Threshold{Measure::valid, false, make_fraction(1, 2), Base::eligible},
                          yes_of_valid(true, 1, 2), yes_of_valid(false, 2, 3)}}},
        };
    }();
    return all;
}

bool read_number(std::string_view& s, long long* out, int* decimals) {
    size_t i = 0;
    long long v = 0;
    *decimals = -1;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && *decimals < 0))) {
        if (s[i] == '.') {
            *decimals = 0;
        } else {
            if (v > kMaxTerm * 100) return false;
            v = v * 10 + (s[i] - '0');
            if (*decimals >= 0) ++*decimals;
        }
        ++i;
    }
    if (i == 0 || (i == 1 && *decimals == 0)) return false;
    s.remove_prefix(i);
    *out = v;
    return true;
}

// "2/3", "40%", "66.5%": a fraction in [0, 1].
std::optional<Fraction> read_fraction(std::string_view& s, std::string* why) {
    std::string_view start = s;
    long long n, d = 1;
    int decimals;
    if (!read_number(s, &n, &decimals)) {
        *why = "expected a fraction like 2/3 or a percentage like 60%";
        return std::nullopt;
    }
    if (!s.empty() && s[0] == '%') {
        s.remove_prefix(1);
        // Found by fuzzing: "0.000000000000000001%" overflowed the denominator.
        if (decimals > 4) {
            *why = "at most 4 decimal places in a percentage";
            return std::nullopt;
        }
        d = 100;
        for (int i = 0; i < decimals; ++i) d *= 10;
    } else if (!s.empty() && s[0] == '/') {
        s.remove_prefix(1);
        int ddec;
        if (decimals >= 0 || !read_number(s, &d, &ddec) || ddec >= 0) {
            *why = "expected a fraction of whole numbers like 2/3";
            return std::nullopt;
        }
    } else {
        *why = "expected a fraction like 2/3 or a percentage like 60%";
        if (s.empty()) *why += " (did you mean " + std::string(start) + "%?)";
        return std::nullopt;
    }
    if (d == 0) {
        *why = "the fraction has a zero denominator";
        return std::nullopt;
    }
    if (n > d) {
        *why = "the fraction is more than 1: no vote could ever carry";
        return std::nullopt;
    }
    if (n > kMaxTerm || d > kMaxTerm) {
        *why = "the fraction's terms are too large (at most 1000000)";
        return std::nullopt;
    }
    return Fraction{n, d, std::string(start.substr(0, start.size() - s.size()))};
}

std::string_view skip_blanks(std::string_view s) {
    while (!s.empty() && s[0] == ' ') s.remove_prefix(1);
    return s;
}

std::string rule_names() {
    std::string out;
    for (const PresetRule& p : presets()) out += std::string(out.empty() ? "" : ", ") + p.preset.name;
    return out;
}

}  // namespace

bool Threshold::met(const Totals& t) const {
    __int128 lhs = static_cast<__int128>(measure_in(t)) * fraction.den;
    __int128 rhs = static_cast<__int128>(base_in(t)) * fraction.num;
    return strict ? lhs > rhs : lhs >= rhs;
}

std::string Threshold::text(bool negated) const {
    std::string comparison = negated ? (strict ? "at most " : "fewer than ") : (strict ? "more than " : "at least ");
    std::string of;
    switch (base) {
        case Base::valid: of = " of valid votes"; break;
        case Base::cast: of = " of ballots cast"; break;
        case Base::eligible: of = " of eligible voters"; break;
    }
    switch (measure) {
        case Measure::yes:
            return (base == Base::eligible ? "yes votes from " : "") + comparison + fraction.shown + of;
        case Measure::cast: return "turnout of " + comparison + fraction.shown + of;
        case Measure::valid: return "valid votes from " + comparison + fraction.shown + of;
    }
    return "";
}

bool Rule::carried(const Totals& t) const {
    // "At least 2/3 of 0 valid votes" holds arithmetically, but a motion
    // nobody voted for has not carried.
    if (t.yes <= 0) return false;
    for (const auto& clause : clauses) {
        if (const auto* th = std::get_if<Threshold>(&clause)) {
            if (!th->met(t)) return false;
        } else {
            const auto& c = std::get<Conditional>(clause);
            if (!(c.condition.met(t) ? c.then : c.otherwise).met(t)) return false;
        }
    }
    return true;
}

bool Rule::needs_eligible() const {
    for (const auto& clause : clauses) {
        if (const auto* th = std::get_if<Threshold>(&clause)) {
            if (th->needs_eligible()) return true;
        } else {
            const auto& c = std::get<Conditional>(clause);
            if (c.condition.needs_eligible() || c.then.needs_eligible() || c.otherwise.needs_eligible()) return true;
        }
    }
    return false;
}

std::string Rule::unmet(const Totals& t) const {
    std::string out;
    if (t.yes <= 0) return "at least one yes vote";
    for (const auto& clause : clauses) {
        std::string missing;
        if (const auto* th = std::get_if<Threshold>(&clause)) {
            if (!th->met(t)) missing = th->text();
        } else {
            const auto& c = std::get<Conditional>(clause);
            bool condition = c.condition.met(t);
            const Threshold& branch = condition ? c.then : c.otherwise;
            if (!branch.met(t)) missing = branch.text() + ", because there were " + c.condition.text(!condition);
        }
        if (!missing.empty()) out += (out.empty() ? "" : ", and ") + missing;
    }
    return out;
}

bool Rule::has_turnout_threshold() const {
    for (const auto& clause : clauses) {
        if (const auto* th = std::get_if<Threshold>(&clause)) {
            if (th->measure == Measure::cast && th->base == Base::eligible) return true;
        } else {
            const auto& c = std::get<Conditional>(clause);
            if (c.condition.base == Base::eligible) return true;
        }
    }
    return false;
}

std::string Rule::text() const {
    std::string out;
    for (const auto& clause : clauses) {
        if (!out.empty()) out += "; ";
        if (const auto* th = std::get_if<Threshold>(&clause)) {
            out += th->text();
        } else {
            const auto& c = std::get<Conditional>(clause);
            out += "if " + c.condition.text() + ", " + c.then.text() + ", otherwise " + c.otherwise.text();
        }
    }
    return out;
}

Result<Rule> parse_rule(std::string_view text, const Place& at) {
    std::string_view s = trim(text);
    for (const PresetRule& p : presets())
        if (s == p.preset.name) return Rule{p.preset.name, p.clauses};

    std::string_view rest = s;
    bool strict = false;
    if (rest.substr(0, 2) == ">=") {
        rest.remove_prefix(2);
    } else if (!rest.empty() && rest[0] == '>') {
        strict = true;
        rest.remove_prefix(1);
    }
    rest = skip_blanks(rest);
    bool looks_numeric = !rest.empty() && rest[0] >= '0' && rest[0] <= '9';
    if (!looks_numeric) {
        std::vector<std::string> names;
        for (const PresetRule& p : presets()) names.push_back(p.preset.name);
        return at.problem("unknown rule '" + std::string(s) + "'; rules are " + rule_names() +
                              ", or a fraction like '>1/2 of valid' or '>=2/3 of eligible'",
                          suggestion(s, names));
    }
    std::string why;
    auto fraction = read_fraction(rest, &why);
    if (!fraction) return at.problem("rule '" + std::string(s) + "': " + why);
    Threshold t{Measure::yes, strict, *fraction, Base::valid};
    rest = skip_blanks(rest);
    if (!rest.empty()) {
        if (rest.substr(0, 3) != "of ")
            return at.problem("rule '" + std::string(s) +
                                  "': expected 'of valid', 'of cast' or 'of eligible' after the fraction",
                              rest.substr(0, 5) == "valid" || rest.substr(0, 4) == "cast" ||
                                      rest.substr(0, 8) == "eligible"
                                  ? "did you mean '" + std::string(s.substr(0, s.size() - rest.size())) + "of " +
                                        std::string(rest) + "'?"
                                  : "");
        std::string_view base = skip_blanks(rest.substr(3));
        if (base == "valid") t.base = Base::valid;
        else if (base == "cast") t.base = Base::cast;
        else if (base == "eligible") t.base = Base::eligible;
        else
            return at.problem("rule '" + std::string(s) + "': '" + std::string(base) +
                                  "' is not valid, cast or eligible",
                              suggestion(base, {"valid", "cast", "eligible"}));
    }
    // Named as written, less stray spaces: ">1/2 of valid".
    std::string name = (strict ? ">" : ">=") + t.fraction.shown;
    if (!rest.empty()) name += " of " + std::string(skip_blanks(rest.substr(3)));
    return Rule{name, {t}};
}

std::optional<Diagnostic> add_turnout(Rule& rule, std::string_view text, const Place& at) {
    std::string_view s = trim(text);
    std::string why;
    auto fraction = read_fraction(s, &why);
    if (fraction && !trim(s).empty()) {
        fraction.reset();
        why = "expected only a fraction like 1/2 or a percentage like 50%";
    }
    if (!fraction) return at.problem("turnout '" + std::string(trim(text)) + "': " + why);
    rule.clauses.emplace_back(Threshold{Measure::cast, false, *fraction, Base::eligible});
    return std::nullopt;
}

const std::vector<RulePreset>& rule_presets() {
    static const std::vector<RulePreset> all = [] {
        std::vector<RulePreset> out;
        for (const PresetRule& p : presets()) out.push_back(p.preset);
        return out;
    }();
    return all;
}

bool is_uk_rule(std::string_view name) { return name == "uk-2016" || name == "uk-2016-ips" || name == "uk-2026"; }

Rule majority_rule() { return parse_rule("majority").value(); }

}  // namespace bargain
