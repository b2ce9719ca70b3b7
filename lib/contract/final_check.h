// `bargain contract --final PRINTED`: the proofreading a committee does by
// eye after ratification, done exactly. The printed contract (Markdown, or
// the text of the printer's proof) is compared with the integrated
// tentative agreement word by word, and every difference is listed with
// the section it is in, the printed file's line, and both texts.
//
// What it must get right: only what is not the contract's words is
// ignored: whitespace and line breaks, typographic quotes and dashes
// ("curly" for 'straight', an en or em dash for a hyphen, a no-break
// space), Markdown's heading marks and section ids. Anything else, a
// changed word, a moved comma, a dropped sentence, is a difference.
#pragma once

#include <string>
#include <vector>

#include "contract/contract_history.h"

namespace bargain {

struct FinalDifference {
    std::string section;   // the id of the agreed section it is in
    std::string title;     // that section's title
    long long line = 0;    // in the printed file, where its text is (or would be)
    std::string agreed, printed;  // the differing words, with a few around them
};

struct FinalCheck {
    std::string printed;  // the printed file's name
    std::size_t sections = 0;  // compared
    std::vector<FinalDifference> differences;
};

// The words of `text` as the comparison reads them, typographic marks made
// plain, one space between words: for tests and for the report.
std::string plain_words(std::string_view text);

FinalCheck final_check(const ContractVersion& agreed, const std::string& printed_name, std::string_view printed);

std::string final_check_text(const FinalCheck& f, const std::string& agreed_shown);

}  // namespace bargain
