// Small builders shared by the unit tests: counts and rules as a test
// writes them, "votes(76, 152, 3)" and "rule(\"two-thirds\")".
#pragma once

#include <doctest/doctest.h>

#include "ballot.h"
#include "rule.h"

namespace bargain::test {

inline AnswerCounts votes(long long yes, long long no, long long abstain = 0, long long blank = 0,
                          long long spoiled = 0) {
    AnswerCounts c;
    c.yes = yes;
    c.no = no;
    c.abstain = abstain;
    c.blank = blank;
    c.spoiled = spoiled;
    return c;
}

inline Rule rule(const char* text) {
    auto r = parse_rule(text);
    REQUIRE(r.ok());
    return *r;
}

}  // namespace bargain::test
