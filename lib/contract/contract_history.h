// The contract through bargaining: the current contract's sections, and
// every proposal's language on them in the order the sessions were held,
// read, placed and checked once; and from that, the contract as it stands
// at any point: what is agreed, or what is on the table.
//
// What it must get right: the text a version shows for a section is the
// language of exactly one proposal (or the current contract's), so a
// redline or an integrated agreement can say whose it is and from which
// session; a tentative agreement is applied only at its own session, never
// earlier; a withdrawn proposal leaves the section as it was; and what
// cannot be trusted is a located problem, not a quiet guess: a section the
// contract does not have (with a did-you-mean), a TA with no language, a
// section agreed twice with nothing reopening it, a signature dated on a
// day no session was held.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/session_order.h"
#include "campaign/timeline.h"
#include "contract/contract_text.h"
#include "core/diagnostic.h"

namespace bargain {

// One proposal's language, read and placed.
struct SectionLanguage {
    std::size_t session = 0;  // into ContractHistory::sessions
    const Proposal* proposal = nullptr;
    std::string id;  // the section
    LanguageChange change = LanguageChange::none;
    // The section as proposed (replace): its heading (the current one unless
    // the text gives its own) and body.
    int level = 2;
    std::string title, body;
    bool added = false;  // a section the current contract does not have (after:)
};

struct ContractHistory {
    ContractText contract;
    std::vector<PlacedSession> sessions;    // in the order held
    std::vector<SectionLanguage> language;  // in session order, then file order
    std::vector<Diagnostic> problems;
};

// The contract of `campaign` (campaign.contract, loaded by load()) and its
// proposals' language; `file` names the campaign in messages. `load` reads
// the contract folder and a proposal's file: (load_contract and a file's
// bytes on disk; tests give text instead).
struct ContractFiles {
    std::function<ContractLoad(const std::string& folder)> folder = load_contract;
    // A proposal's file: its text, or none with `why` set.
    std::function<std::optional<std::string>(const std::string& path, std::string& why)> file;
};
ContractHistory contract_history(const Campaign& campaign, const Timeline& timeline, const std::string& file,
                                 const ContractFiles& files = {});

// Which proposals a version of the contract shows.
enum class Standing {
    agreed,        // tentative agreements only: the integrated TA
    on_the_table,  // and, for a section still open, its latest proposal (of `side`, when given)
};

struct VersionPoint {
    std::size_t sessions = 0;  // the first this many of ContractHistory::sessions
    Standing standing = Standing::agreed;
    std::optional<Side> side;  // on_the_table: only this side's open proposals
};

struct VersionSection {
    std::string id;
    int level = 2;
    std::string title, body;
    std::size_t file = 0;  // the article: into contract.files
    bool present = true;   // false: deleted in this version (kept, so a redline can strike it)
    const SectionLanguage* by = nullptr;  // whose language it is; null: the current contract's
};

// The contract's sections in order, each section added in place after the
// one its proposal names.
struct ContractVersion {
    std::vector<VersionSection> sections;
    const VersionSection* find(const std::string& id) const;
};

ContractVersion current_contract(const ContractHistory& h);
ContractVersion contract_version(const ContractHistory& h, const VersionPoint& at);

// The Markdown of a version: each present section's heading line (with its
// id, so the result is itself a contract file) and body, a blank line
// between sections.
std::string version_markdown(const ContractVersion& v);

}  // namespace bargain
