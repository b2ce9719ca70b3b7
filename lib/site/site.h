// `bargain site`: the campaign as a static website for members, built from
// the same files and by the same code as every other command: the
// timeline and its calendar, the votes' results, the bargaining log, the
// contract's redline and the members' pay table when the campaign has
// them, and each notice. Plain HTML and one stylesheet; deterministic
// bytes, so CI republishes only what changed.
//
// What it must get right: nothing private reaches it. No roster or ballot
// content is ever written (a vote's page holds its counts, as the tally's
// report does, never a voter), and an item or contact marked `private:
// true` is left out of every page and the calendar. site_check.h scans a
// built tree for any roster or ballot value, so CI can prove it.
#pragma once

#include <string>
#include <vector>

#include "campaign/constraint_check.h"
#include "core/datetime.h"
#include "core/diagnostic.h"

namespace bargain {

struct SiteOptions {
    Date today;            // what "next" and "days to go" count from
    std::string base_url;  // where it is published ("https://local4408.org/contract/"), for the webcal:// link; "" for none
    Seconds stamp{};       // the calendar's DTSTAMP (SOURCE_DATE_EPOCH)
    std::string version;   // bargain's, for the calendar's PRODID
};

struct SiteFile {
    std::string path;  // relative to the site's folder: "index.html", "notices/picket-feb4.html"
    std::string content;
};

struct Site {
    std::vector<SiteFile> files;        // in a fixed order
    std::vector<Diagnostic> problems;   // the site is not built when there are any
    std::vector<Diagnostic> warnings;   // built, but worth a look (a notice left out, say)
};

Site build_site(const CheckedCampaign& campaign, const std::string& file, const SiteOptions& options);

}  // namespace bargain
