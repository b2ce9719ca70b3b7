// The result certificate (`tally --certificate FILE`): the document an
// election committee signs, and the record `bargain verify` recounts from.
//
// It says what was decided and shows how, so that a member with the files
// and a pencil can check it: the rule's integer arithmetic on the real
// numbers (rule_working.h), the electorate, every ballot set aside and why,
// the challenged ballots and whether they could change the result, every
// input with its sha256, and the options the count was made with. Under a
// UK rule it also states the result as TULRCA s.231 lists it.
//
// What it must get right: every number is the tally report's own (both are
// built from one TallyReport); nothing in it links a voter to a choice; and
// the JSON certificate names its inputs relative to its own folder, so the
// repository can be cloned anywhere and still be verified.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tally/tally_report.h"

namespace bargain {

struct Certificate {
    const TallyReport* tally = nullptr;
    std::string version;                 // bargain's
    std::string vote;                    // the campaign vote's id, or ""
    std::string question;                // the vote's question, or "" (the questions' own texts are shown)
    std::vector<std::string> committee;  // who signs, in order; blank lines when empty
    // Each input's path as the certificate names it (relative to its
    // folder), parallel to tally->inputs; the roster's likewise.
    std::vector<std::string> input_paths;
    std::string roster_path;
    struct Audit {
        std::string path;  // relative, like the inputs
        std::string sha256;
        long long records = 0;
    };
    std::optional<Audit> audit;  // when --audit was written too
};

// The format version of the JSON certificate ("certificate": 1).
inline constexpr int kCertificateVersion = 1;

std::string certificate_text(const Certificate& c);
std::string certificate_markdown(const Certificate& c);
// A standalone page that prints on one sheet (US Letter or A4) where it fits.
std::string certificate_html(const Certificate& c);
std::string certificate_json(const Certificate& c);

}  // namespace bargain
