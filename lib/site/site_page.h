// The frame of every page of the members' site: one stylesheet, the same
// navigation, `lang`, one h1, a skip link, and nothing loaded from
// anywhere else (no fonts, scripts or trackers), so the site reads the
// same from a phone on a picket line as from a printer.
#pragma once

#include <string>

namespace bargain {

enum class SitePageId { home, timeline, votes, bargaining, other };

struct SitePage {
    SitePageId id = SitePageId::other;
    std::string title;     // the h1 and <title>
    std::string campaign;  // for <title>: "Timeline: SOS fair contract 2019-20"
    std::string body;      // HTML inside <main>, after the h1
    std::string root;      // "" at the top, "../" one folder down: where style.css and the pages are
};

std::string site_page(const SitePage& page);

// style.css: AA contrast, readable at 320 px and at 200% zoom, prints
// without the navigation; meaning never in colour alone.
std::string site_css();

}  // namespace bargain
