// A rule's arithmetic shown on the real numbers, for a certificate a
// committee signs and anyone can check with a pencil:
//
//     yes × 3 ≥ valid × 2: 1,212 × 3 = 3,636 ≥ 1,807 × 2 = 3,614: met
//
// It is the comparison Threshold::met() makes (integer cross-products, no
// rounding), written out, so the words can never say something the count
// did not do.
#pragma once

#include <string>
#include <vector>

#include "tally/rule.h"

namespace bargain {

struct RuleStep {
    std::string clause;      // the clause in words: "more than 1/2 of valid votes"
    std::string arithmetic;  // "yes × 2 > valid × 1: 76 × 2 = 152 ≤ 228 × 1 = 228"
    bool met = false;
    // A conditional rule's condition: not a requirement, only the choice of
    // which threshold applies ("holds", not "met").
    bool condition = false;
};

// One step per clause, in order; a conditional clause gives two (its
// condition, then the branch that applies). A count with no yes vote first
// gets the step that fails it: a motion nobody voted for never carries.
std::vector<RuleStep> rule_working(const Rule& rule, const Totals& totals);

// One threshold's working.
RuleStep threshold_working(const Threshold& threshold, const Totals& totals);

// A number of up to 39 digits with thousands commas: a count times a
// rule's denominator can pass what a long long holds.
std::string with_commas_128(__int128 n);

}  // namespace bargain
