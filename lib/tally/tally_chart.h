// `tally --chart FILE.svg`: each question's answers as bars, and with
// --by-unit one group of yes and no bars per unit, under the unit's name,
// counts and result.
//
// What it must get right: the meaning never rests on colour alone (every
// bar has its answer and its count beside it in words and numbers, and
// every result is written out), so the chart reads in black and white and
// to a reader who cannot tell red from green; nothing is cut off (titles
// and sentences wrap, and the page is as tall as what it holds); every
// string from the ballots is escaped; and the same report gives the same
// bytes (integer geometry from estimated text widths, no fonts, clock or
// locale).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "tally/tally_report.h"

namespace bargain {

// Where the chart puts things, so tests can check the geometry without
// reading SVG. Pixels in the chart's viewBox, integers throughout.
struct TallyChartText {
    int x = 0, y = 0;  // y is the baseline
    int size = 14;
    bool bold = false;
    std::string text;  // not yet escaped
    int width = 0;     // as text_width() estimates it
};

struct TallyChartBar {
    std::string answer;  // "Yes", "No", "Abstain", "Blank", "Void"
    long long votes = 0;
    int x = 0, y = 0, width = 0, height = 0;
    const char* colour = "";
};

// One question as a whole (unit ""), or one unit of it.
struct TallyChartGroup {
    size_t question = 0;  // index in TallyReport::questions
    std::string unit;
    int top = 0, bottom = 0;
    std::vector<TallyChartText> texts;  // headings, sentences, bar labels and counts
    std::vector<TallyChartBar> bars;
};

struct TallyChartLayout {
    int width = 0, height = 0;
    int margin = 0;                       // on every side
    std::vector<TallyChartGroup> groups;  // by question, each followed by its units
};

TallyChartLayout tally_chart_layout(const TallyReport& r);

// tally_chart_svg(), declared in tally_report.h, draws this layout.

}  // namespace bargain
