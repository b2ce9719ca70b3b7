// `timeline --format svg`: the campaign on one landscape page, for the
// office wall. Items sit on a date axis in lanes by kind (sessions, offers,
// votes, actions, notices and deadlines), each marked and labelled with its
// title and date; the contract's expiry and --today are vertical lines, and
// items a constraint violation concerns are ringed in red.
//
// What it must get right: labels never overlap within a lane (they take
// extra rows, and beyond what fits on the page an item is a tick only and
// the chart says how many); every string from the campaign is escaped; the
// same report gives the same bytes (integer geometry, no clock or locale);
// and ten thousand items still render at once.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "timeline/timeline_report.h"

namespace bargain {

// Where the chart puts things, so tests can check the geometry without
// reading SVG. Pixels in the chart's viewBox, integers throughout.
struct ChartTick {
    int x = 0;
    std::string label;  // "" for a tick too close to the edge to name
};

struct ChartLane {
    std::string name;
    int top = 0, height = 0;
    int rows = 0;          // label rows drawn
    bool strip = false;    // a strip below the rows, ticked for items with no room for a label
};

struct ChartMark {
    size_t item = 0;             // index in TimelineReport::items
    size_t lane = 0;             // index in ChartLayout::lanes
    int row = 0;                 // within the lane; -1: no room, a tick only
    int x0 = 0, x1 = 0;          // the marker: a day (x0 == x1), or a vote's window
    int left = 0, right = 0;     // the marker and its label together
    bool label_before = false;   // label left of the marker (near the right edge)
    bool violated = false;       // a constraint violation concerns it
    std::string label;           // shortened title, not yet escaped
    std::string when;            // "Jan 28", "Jan 13-17"
};

// How an item is drawn. Shapes differ as well as colours, so the chart still
// reads when printed in black and white.
enum class ChartShape { session, union_offer, employer_offer, offer, vote, action, strike, notice, mediation, deadline, other };

// An entry of the legend, in order: the shapes on the chart, then the lines
// and the ring. Its sign is centred on (x + 9, y - 4), its label starts at
// x + 24 on the baseline y.
struct ChartKey {
    enum class Sign { shape, expiry, today, violation };
    Sign sign = Sign::shape;
    ChartShape shape = ChartShape::other;  // for Sign::shape
    std::string label;
    int x = 0, y = 0;
};

struct ChartLayout {
    int width = 0, height = 0;
    int plot_left = 0, plot_right = 0;  // where the dates run
    int lanes_top = 0, lanes_bottom = 0;
    int row_height = 0;
    Date first{}, last{};               // the days shown, both included
    std::vector<ChartTick> ticks;
    std::vector<ChartLane> lanes;       // only lanes with items, top to bottom
    std::vector<ChartMark> marks;       // by lane, then in date order
    size_t elided = 0;                  // marks with row -1
    // The foot, below the lanes, placed once here so that the page's height
    // and what is drawn cannot disagree. Baselines; 0 for a line not drawn.
    int expiry_label_y = 0, today_label_y = 0;
    int key_y = 0;                      // "Key", on the legend's first line
    std::vector<ChartKey> keys;         // the legend, wrapped to the page
    int notes_y = 0;                    // the notes (violations, elision) one line apart below this
};

ChartLayout timeline_chart_layout(const TimelineReport& r);

// The chart as a standalone SVG 1.1 document: no scripts, links or external
// fonts, so it prints and displays the same anywhere.
std::string timeline_svg(const TimelineReport& r);

}  // namespace bargain
