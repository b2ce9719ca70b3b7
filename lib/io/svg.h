// What every SVG chart bargain draws shares: text from a team's files made
// safe for XML, text shortened to fit, a guess at how wide it prints, and
// the document's opening.
//
// What it must get right: a chart is well-formed XML whatever a title holds
// (markup, quotes, control characters, broken UTF-8), and the same input
// gives the same bytes: widths are integer estimates, not font metrics, so
// no font, locale or machine changes the layout.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/utf8.h"  // display_length

namespace bargain {

// `s` as XML character data or an attribute value: & < > " ' escaped, line
// breaks and tabs turned into spaces, other control characters dropped, and
// bytes that are not UTF-8 replaced by U+FFFD.
std::string xml_text(std::string_view s);

// At most `n` characters of `s`, ending in "…" when it was cut.
std::string shorten(std::string_view s, size_t n);

// How wide `s` prints at `font_size` pixels in a sans-serif font, rounded up:
// an average letter is taken as 0.6 em, which is generous for lower case,
// so labels laid out with it do not run into each other.
int text_width(std::string_view s, int font_size);

// The XML declaration, the <svg> element with its size and default font,
// and a white page (so a chart does not print on a transparent background).
std::string svg_open(int width, int height, int font_size);

}  // namespace bargain
