// `bargain site --check DIR`: proof that a built site holds no roster or
// ballot content. Every value that could name a voter (a voter id, a name,
// an email, a serial, the time a ballot was cast) is collected from each
// vote's roster and ballot files, and every file of the site is searched
// for each; a match is named with the file, the value's file and its
// column. A test runs it on every fixture, and CI can run it before
// publishing.
//
// What it must get right: what identifies a voter is what is distinct in a
// column; a column of a few values repeated (answers, units) is the
// campaign's public vocabulary and is not searched for, nor is any value
// the campaign file itself writes. Nothing is ever printed but where a
// value was found and which it was: the report is about one leak at a
// time, not a list of the roster.
#pragma once

#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "core/diagnostic.h"

namespace bargain {

struct SiteLeak {
    std::string site_file;     // where in the site it was found
    std::string value;         // what was found
    std::string source, column;  // the roster or ballot file and the column (or key) it came from
};

struct SiteCheck {
    std::size_t files = 0;   // of the site, searched
    std::size_t values = 0;  // distinct roster and ballot values searched for
    std::vector<SiteLeak> leaks;
    std::vector<Diagnostic> problems;  // a roster or ballot file that could not be read
};

// `campaign_text`: the campaign file's own text (its values are public).
SiteCheck check_site(const Campaign& campaign, const std::string& campaign_text, const std::string& site_folder);

}  // namespace bargain
