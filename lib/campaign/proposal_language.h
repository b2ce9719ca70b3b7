// The contract language of a session's proposal, as the campaign writes it:
// `section:` (the id of the section it is on), then one of `text:` (the
// whole new section), `file:` (the same, from a file), `delete: true` or
// `unchanged: true`; `after:` for a section the contract does not have yet;
// and, on a tentative agreement, `signed: {union, employer, date}`.
//
// The loader checks only how these are written (one change, not two; a
// change names its section; a signature is on a TA and complete). Whether
// the section exists, and what the change does to the contract, is
// lib/contract/'s to say: only it reads the contract's files.
#pragma once

#include "campaign/campaign.h"
#include "io/yaml_map.h"

namespace bargain {

// Reads the language keys of proposal `pf` into `p` (its status is read).
void read_proposal_language(YamlMap& pf, const Campaign& campaign, Proposal& p);

}  // namespace bargain
