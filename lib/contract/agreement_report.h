// `bargain contract`: the integrated tentative agreement, the current
// contract with every TA up to a point applied and new sections in place,
// then the articles still open or withdrawn at that point, in Markdown (a
// contract file itself: headings keep their ids), plain text, and a
// printable, accessible HTML page. Built once, rendered per format.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/campaign.h"
#include "contract/contract_history.h"
#include "contract/contract_point.h"

namespace bargain {

// A section of an article (or the article's proposals that name no
// section) whose latest proposal, at the point, is not agreed.
struct StillOpen {
    std::string article;
    const Proposal* proposal = nullptr;  // the latest
    const PlacedSession* session = nullptr;
};

// How the closing list starts, in Markdown, after a "---" line: --final
// reads a printed file that has it up to that line.
inline constexpr std::string_view kStillOpen = "Still open or withdrawn:";
inline constexpr std::string_view kNoneOpen = "No article is open or withdrawn.";

struct AgreementReport {
    std::string campaign;  // its name
    std::string as_of;     // NamedPoint::shown
    ContractVersion version;
    std::vector<StillOpen> open;  // by article, in the order each first came up
    // The agreements applied that record who signed them (signed:), in the
    // order they were made: listed after the contract, for the record.
    struct Signed {
        const SectionLanguage* language = nullptr;
        std::string session;  // its id
    };
    std::vector<Signed> signed_agreements;
};

AgreementReport agreement_report(const Campaign& campaign, const ContractHistory& h, const NamedPoint& at);

std::string agreement_markdown(const AgreementReport& r);
std::string agreement_text(const AgreementReport& r);
std::string agreement_html(const AgreementReport& r);

}  // namespace bargain
