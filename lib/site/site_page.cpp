#include "site/site_page.h"

#include <utility>
#include <vector>

#include "io/svg.h"

namespace bargain {

std::string site_page(const SitePage& p) {
    static const std::vector<std::pair<SitePageId, std::pair<const char*, const char*>>> nav = {
        {SitePageId::home, {"index.html", "Home"}},
        {SitePageId::timeline, {"timeline.html", "Timeline"}},
        {SitePageId::votes, {"votes.html", "Votes"}},
        {SitePageId::bargaining, {"bargaining.html", "Bargaining"}},
    };
    std::string title = p.id == SitePageId::home ? p.title : p.title + ": " + p.campaign;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      xml_text(title) + "</title>\n<link rel=\"stylesheet\" href=\"" + p.root + "style.css\">\n</head>\n<body>\n"
                      "<a class=\"skip\" href=\"#main\">Skip to the page</a>\n<header>\n<p class=\"campaign\">" +
                      xml_text(p.campaign) + "</p>\n<nav aria-label=\"Site\">\n<ul>\n";
    for (const auto& [id, link] : nav) {
        out += "<li><a href=\"" + p.root + link.first + "\"";
        if (id == p.id) out += " aria-current=\"page\"";
        out += ">" + std::string(link.second) + "</a></li>\n";
    }
    out += "</ul>\n</nav>\n</header>\n<main id=\"main\">\n<h1>" + xml_text(p.title) + "</h1>\n" + p.body +
           "</main>\n<footer>\n<p>Published by the bargaining team from the campaign's own files with bargain. "
           "Nothing on this site is loaded from elsewhere, and no one is tracked.</p>\n</footer>\n</body>\n</html>\n";
    return out;
}

std::string site_css() {
    return R"(/* The members' site: one stylesheet, no web fonts, no scripts. */
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; font-size: 1.05rem;
       line-height: 1.5; color: #1a1a1a; background: #ffffff; overflow-wrap: break-word; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 3px solid #1f3b6e; padding-top: 0.6rem; }
.campaign { margin: 0; font-weight: bold; color: #1f3b6e; }
nav ul { list-style: none; margin: 0.4rem 0 0.6rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; }
nav a { color: #1f3b6e; }
nav a[aria-current="page"] { font-weight: bold; text-decoration-thickness: 3px; }
a { color: #0b4f9c; }
a:focus { outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 0.5rem; top: 0.5rem; background: #ffffff; padding: 0.3rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 1rem 0 0.6rem; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 0.5rem; }
h3 { font-size: 1.1rem; }
.lede { font-size: 1.15rem; }
.countdown { font-size: 1.25rem; font-weight: bold; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0.4rem 0 1.2rem; }
caption { text-align: left; font-style: italic; padding-bottom: 0.3rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.6rem 0.25rem 0; border-bottom: 1px solid #8c8c8c; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.result { font-weight: bold; }
.chart img { max-width: 100%; height: auto; }
.chart { margin: 0.5rem 0; }
ul.events { padding-left: 1.2rem; }
footer { margin-top: 2rem; border-top: 1px solid #8c8c8c; font-size: 0.9rem; color: #4a4a4a; }
@media print {
  nav, .skip, footer { display: none; }
  header { border: 0; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
}
)";
}

}  // namespace bargain
