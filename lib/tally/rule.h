// The rule that decides whether a motion carries: presets (majority,
// two-thirds, UK turnout thresholds...) and written fractions
// (`>=2/3 of valid`).
//
// Exactness is the point. Every threshold is a fraction N/D compared by
// cross-multiplication in integers (yes*3 >= valid*2): 666 of 999 is exactly
// two thirds and carries; 0.6666... in floating point might not.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/diagnostic.h"

namespace bargain {

// The numbers a rule looks at, for one question (in one unit or overall).
struct Totals {
    long long yes = 0, no = 0, valid = 0, cast = 0;
    std::optional<long long> eligible;  // unknown without a roster or member counts
};

struct Fraction {
    long long num = 0, den = 1;
    std::string shown;  // as the user wrote it: "2/3", "40%"
};

// `measure` is (more than | at least) `fraction` of `base`.
struct Threshold {
    enum class Measure { yes, cast, valid };
    enum class Base { valid, cast, eligible };
    Measure measure = Measure::yes;
    bool strict = false;  // "more than" rather than "at least"
    Fraction fraction;
    Base base = Base::valid;

    bool met(const Totals& t) const;  // requires t.eligible when base is eligible
    // The two numbers met() compares, before each is multiplied out.
    long long measure_in(const Totals& t) const;
    long long base_in(const Totals& t) const;
    bool needs_eligible() const { return base == Base::eligible; }
    // "more than 1/2 of valid votes"; negated: "at most 1/2 of valid votes".
    std::string text(bool negated = false) const;
};

// When `condition` holds, `then` decides; otherwise `otherwise` does.
struct Conditional {
    Threshold condition, then, otherwise;
};

struct Rule {
    std::string name;  // the preset's name, or the expression without stray spaces (">=2/3 of eligible")
    std::vector<std::variant<Threshold, Conditional>> clauses;  // all must hold

    // Never true without at least one yes vote.
    bool carried(const Totals& t) const;
    bool needs_eligible() const;
    std::string text() const;  // the rule in words, clauses joined by "; "
    // What the counts fall short of, in words ("turnout of at least 1/2 of
    // eligible voters"); empty when the rule is met. Names the branch of a
    // conditional rule that applies.
    std::string unmet(const Totals& t) const;
    // True when a clause compares turnout (cast) with the eligible, so a
    // rounded percentage could mislead.
    bool has_turnout_threshold() const;
};

// A preset name or an expression `[>|>=]N/D [of valid|cast|eligible]`
// (N% also works). A problem is placed `at` where the caller says the text
// was written (nowhere, for a command-line option).
Result<Rule> parse_rule(std::string_view text, const Place& at = {});

// True for the UK presets (uk-2016, uk-2016-ips, uk-2026), whose result
// the union must state as TULRCA 1992 s.231 lists it.
bool is_uk_rule(std::string_view preset_name);

// The default rule: more than half of valid votes.
Rule majority_rule();

// Adds a turnout requirement: cast at least `text` ("50%", "1/2") of eligible.
std::optional<Diagnostic> add_turnout(Rule& rule, std::string_view text, const Place& at = {});

// The presets, in the order `--help` lists them, with a line each.
struct RulePreset {
    const char* name;
    const char* source;
};
const std::vector<RulePreset>& rule_presets();

}  // namespace bargain
