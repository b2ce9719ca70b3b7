// A point in bargaining, as the command line names it: the contract
// `current` (as it is before bargaining), `ta` (every tentative agreement),
// a session (what stood at its end), an offer (its side's package: what was
// agreed by its date, and that side's proposals still open), or, for
// `contract --as-of`, a date.
//
// What it must get right: one word means one point in every command, and a
// word that names nothing is a message with a did-you-mean, never the
// whole history by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "campaign/campaign.h"
#include "campaign/timeline.h"
#include "contract/contract_history.h"
#include "core/diagnostic.h"

namespace bargain {

struct NamedPoint {
    VersionPoint point;
    std::string shown;  // for headings: "session s2 (2019-10-22)", "the current contract"
};

// What the word may name.
enum class PointUse {
    as_of,  // contract --as-of: a session or a date; TAs only
    from,   // redline --from: current, a session or an offer
    to,     // redline --to: ta, a session or an offer
};

// `option` names the flag in messages ("--as-of").
std::variant<NamedPoint, Diagnostic> named_point(const ContractHistory& h, const Campaign& campaign,
                                                 const Timeline& timeline, std::string_view word, PointUse use,
                                                 const std::string& option);

// Every tentative agreement: the integrated agreement.
NamedPoint all_agreed(const ContractHistory& h);

}  // namespace bargain
