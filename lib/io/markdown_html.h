// Markdown to HTML for contract text, by cmark (the CommonMark reference
// implementation, Debian's libcmark-dev): the one file that includes it.
//
// What it must get right: the contract's own words come out as written,
// and nothing in them can reach the page as markup of its own. Raw HTML
// in the Markdown is left out, not passed through (cmark's safe default),
// and links to javascript: and the like are dropped, so a proposal's text
// cannot script the members' page. No "smart" punctuation: a redline and
// the --final comparison must see the quotes the parties wrote.
#pragma once

#include <string>
#include <string_view>

namespace bargain {

std::string markdown_html(std::string_view markdown);

}  // namespace bargain
