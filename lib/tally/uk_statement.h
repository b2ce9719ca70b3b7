// The result of a UK industrial-action ballot as the Trade Union and Labour
// Relations (Consolidation) Act 1992, section 231 (as amended by the Trade
// Union Act 2016), says the union must state it, for the certificate and
// the result notice alike:
//
//   (a) the number entitled to vote, (b) the votes cast, (c) yes, (d) no,
//   (e) the spoiled or otherwise invalid papers, (f) whether the votes cast
//   were at least 50% of those entitled, and (g), where section 226(2B)
//   applies (important public services, the uk-2016-ips preset), whether
//   yes was at least 40% of those entitled.
//
// Spoiled papers count as votes cast, so (e) is every paper cast that is
// neither yes nor no. (f) and (g) are integer cross-products, as the rule is.
#pragma once

#include <optional>

#include "tally/decision.h"
#include "tally/rule.h"

namespace bargain {

struct UkStatement {
    long long entitled = 0, cast = 0, yes = 0, no = 0, invalid = 0;
    bool half_turned_out = false;       // (f)
    std::optional<bool> forty_percent;  // (g), where it applies
};

// Nothing under a rule that is not a UK preset (is_uk_rule()).
std::optional<UkStatement> uk_statement(const Decision& d, const Rule& rule);

}  // namespace bargain
