#include "timeline/timeline_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

#include "io/svg.h"
#include "text/report_text.h"

namespace bargain {

namespace {

using std::chrono::days;

// The page: landscape, between A4's and US letter's proportions, so it
// prints on either at about 100 pixels to the inch.
constexpr int kWidth = 1100, kHeight = 780;
constexpr int kMargin = 24;
constexpr int kPlotLeft = 190;  // the lane names sit to the left
constexpr int kPlotRight = kWidth - kMargin;
constexpr int kLabelLimit = kWidth - 8;  // a label may run into the right margin, not off the page
constexpr int kLanesTop = 100;
constexpr int kLanePad = 8;               // above and below a lane's rows
constexpr int kMinRow = 22, kMaxRow = 44;  // the pitch of label rows
constexpr int kTickStrip = 12;            // the strip for items with no room for a label
constexpr int kTitleFont = 22, kFont = 13, kSmallFont = 12;
constexpr int kGap = 14;          // between neighbouring labels on a row
constexpr int kMarkerHalf = 9;    // half the widest marker (the strike's star)
constexpr int kRingHalf = 11;     // half the red ring around a violated item
constexpr int kLabelOffset = 13;  // from the marker's edge to its label
constexpr size_t kLabelChars = 90;     // past this a title is cut wherever it is
constexpr size_t kMinLabelChars = 16;  // and to no less than this, room or not
constexpr int kLine = 17, kLegendLine = 22;
constexpr size_t kViolationsListed = 3;
constexpr int kTickSpacing = 84;  // the least room between axis labels ("Sep 2019", "Feb 3, 2020")

constexpr const char* kViolationRed = "#d32f2f";
constexpr const char* kTodayBlue = "#0d47a1";

using Shape = ChartShape;

struct ShapeStyle {
    const char* colour;
    const char* key;  // its entry in the legend
    size_t lane;
};

const ShapeStyle& style(Shape s) {
    static const ShapeStyle styles[] = {
        {"#1565c0", "Bargaining session", 0}, {"#2e7d32", "Union offer", 1}, {"#6d4c41", "Employer offer", 1},
        {"#757575", "Offer", 1},              {"#6a1b9a", "Vote (open to close)", 2},
        {"#e65100", "Picket or rally", 3},    {"#000000", "Strike", 3},   {"#37474f", "Notice", 4},
        {"#00838f", "Mediation", 4},          {"#455a64", "Deadline", 4}, {"#757575", "Meeting or other", 4},
    };
    return styles[static_cast<size_t>(s)];
}

const char* const kLaneNames[] = {"Bargaining sessions", "Offers", "Votes", "Actions", "Notices & deadlines"};
constexpr size_t kLaneCount = 5;

Shape shape_of(const TimelineItem& i) {
    switch (i.kind) {
        case TimelineItem::Kind::session: return Shape::session;
        case TimelineItem::Kind::offer:
            return i.side == Side::union_ ? Shape::union_offer : i.side == Side::employer ? Shape::employer_offer : Shape::offer;
        case TimelineItem::Kind::vote: return Shape::vote;
        case TimelineItem::Kind::event: break;
    }
    if (i.type == "picket" || i.type == "rally") return Shape::action;
    if (i.type == "strike") return Shape::strike;
    if (i.type == "notice") return Shape::notice;
    if (i.type == "mediation") return Shape::mediation;
    if (i.type == "deadline") return Shape::deadline;
    return Shape::other;
}

long long floor_mod(long long a, long long b) { return ((a % b) + b) % b; }

std::chrono::year_month_day ymd(Date d) { return std::chrono::year_month_day(d); }
int year_of(Date d) { return static_cast<int>(ymd(d).year()); }
// "Sep", on the axis and in labels.
std::string month_abbreviation(std::chrono::month m) { return std::string(month_name(m).substr(0, 3)); }

std::string month_day(Date d) {
    auto x = ymd(d);
    return fmt::format("{} {}", month_abbreviation(x.month()), static_cast<unsigned>(x.day()));
}

std::string full_date(Date d) { return fmt::format("{}, {}", month_day(d), year_of(d)); }

// The day a vote opens, when its window can be drawn.
std::optional<Date> opens_day(const TimelineItem& i) {
    if (!i.opens) return std::nullopt;
    Date d = std::chrono::floor<days>(i.opens->wall);
    if (d > i.date) return std::nullopt;  // a window that closes before it opens is drawn as its closing day
    return d;
}

// "Jan 28", or a vote's window: "Jan 13–17", "Jan 30–Feb 3"; with the year
// ("Jan 28, 2020") on a chart of more than a year, where "Jan 28" could be
// any of several.
std::string when_text(const TimelineItem& i, bool with_year) {
    std::string year = with_year ? fmt::format(", {}", year_of(i.date)) : "";
    std::optional<Date> from = opens_day(i);
    if (!from || *from == i.date) return month_day(i.date) + year;
    auto a = ymd(*from), b = ymd(i.date);
    if (a.year() == b.year() && a.month() == b.month())
        return fmt::format("{}–{}{}", month_day(*from), static_cast<unsigned>(b.day()), year);
    if (with_year && a.year() != b.year()) return full_date(*from) + "–" + full_date(i.date);
    return month_day(*from) + "–" + month_day(i.date) + year;
}

std::string label_text(const TimelineItem& i) {
    std::string t = one_line(i.title);
    if (i.kind == TimelineItem::Kind::vote) {
        // The lane says it is a vote and the bar shows when it closes.
        const std::string closes = "Vote closes: ";
        if (t.rfind(closes, 0) == 0) t = t.substr(closes.size());
    } else if (i.kind == TimelineItem::Kind::offer) {
        if (i.side == Side::union_) t = "Union: " + t;
        if (i.side == Side::employer) t = "Employer: " + t;
    }
    return shorten(t, kLabelChars);
}

// Days to pixels: day d covers [start(d), start(d + 1)).
struct Axis {
    Date first;
    long long days = 1;
    int left = 0, width = 1;
    int start(Date d) const { return left + static_cast<int>((d - first).count() * width / days); }
    int mid(Date d) const { return left + static_cast<int>(((d - first).count() * 2 + 1) * width / (2 * days)); }
};

// Axis ticks far enough apart that their labels never meet: every day,
// every 2 days, weekly (Mondays), fortnightly, then every 1, 2, 3 or 6
// months, then years, and so on up to the ten-thousand-year calendar.
std::vector<ChartTick> ticks_for(const Axis& axis, Date last) {
    struct Step {
        int days, months;
    };
    static const Step steps[] = {{1, 0},  {2, 0},  {7, 0},   {14, 0},  {0, 1},    {0, 2},    {0, 3},   {0, 6},
                                 {0, 12}, {0, 24}, {0, 60},  {0, 120}, {0, 240},  {0, 600},  {0, 1200},
                                 {0, 2400}, {0, 6000}, {0, 12000}};
    Step step = steps[std::size(steps) - 1];
    for (const Step& s : steps) {
        long long shortest = s.days ? s.days : s.months * 28LL;  // February, so no two ticks come closer
        if (shortest * axis.width >= kTickSpacing * axis.days) {
            step = s;
            break;
        }
    }
    std::vector<ChartTick> ticks;
    std::optional<int> named_year;
    auto add = [&](Date d, std::string label) {
        int x = axis.start(d);
        if (x < axis.left) return;
        if (x + 4 + text_width(label, kSmallFont) > kPlotRight) label.clear();
        ticks.push_back({x, std::move(label)});
    };
    if (step.days) {
        for (Date d = axis.first; d <= last; d += days(1)) {
            long long n = d.time_since_epoch().count();
            bool on = step.days <= 2 ? floor_mod(n, step.days) == 0
                                     : std::chrono::weekday(d) == std::chrono::Monday &&
                                           (step.days == 7 || floor_mod((n - 4 - floor_mod(n - 4, 7)) / 7, 2) == 0);
            if (!on) continue;
            // The year on the first label and wherever it changes.
            std::string label = month_day(d);
            if (named_year != year_of(d)) label += fmt::format(", {}", year_of(d));
            named_year = year_of(d);
            add(d, std::move(label));
        }
        return ticks;
    }
    std::chrono::year_month ym = ymd(axis.first).year() / ymd(axis.first).month();
    if (ymd(axis.first).day() != std::chrono::day(1)) ym += std::chrono::months(1);
    for (; Date(ym / 1) <= last; ym += std::chrono::months(1)) {
        long long index = static_cast<int>(ym.year()) * 12LL + static_cast<unsigned>(ym.month()) - 1;
        if (floor_mod(index, step.months) != 0) continue;
        int year = static_cast<int>(ym.year());
        std::string label;
        if (step.months >= 12) label = std::to_string(year);
        else if (named_year != year) label = fmt::format("{} {}", month_abbreviation(ym.month()), year);
        else label = month_abbreviation(ym.month());
        named_year = year;
        add(Date(ym / 1), std::move(label));
    }
    return ticks;
}

// One way to label a mark: on which side, the label as cut to the room
// there, and what the marker and label cover together.
struct Placement {
    bool before = false;
    std::string label;
    int left = 0, right = 0;
};

// First fit in date order: a mark takes the first row where one of its
// placements clears every mark already there by kGap, so earlier items take
// the upper rows. A row keeps its marks' extents by left edge; they never
// overlap, so only the neighbours on either side of a new extent can touch
// it. With no room in `max_rows` rows a mark gets row -1. `options` holds
// each mark's placements, best first, by item. Returns the rows used.
int pack(const std::vector<ChartMark*>& marks, const std::vector<std::vector<Placement>>& options, int max_rows) {
    std::vector<std::map<int, int>> rows;  // left -> right
    auto fits = [](const std::map<int, int>& row, const Placement& p) {
        auto next = row.lower_bound(p.left);
        if (next != row.end() && next->first < p.right + kGap) return false;
        return next == row.begin() || std::prev(next)->second + kGap <= p.left;
    };
    for (ChartMark* m : marks) {
        m->row = -1;
        for (size_t row = 0; m->row < 0 && static_cast<int>(row) < max_rows; ++row) {
            if (row == rows.size()) rows.emplace_back();
            for (const Placement& p : options[m->item]) {
                if (!fits(rows[row], p)) continue;
                m->row = static_cast<int>(row);
                m->label_before = p.before;
                m->label = p.label;
                m->left = p.left;
                m->right = p.right;
                rows[row][p.left] = p.right;
                break;
            }
        }
    }
    while (!rows.empty() && rows.back().empty()) rows.pop_back();
    return static_cast<int>(rows.size());
}

using KeyEntry = ChartKey;

std::set<std::string> violated_ids(const TimelineReport& r) {
    std::set<std::string> ids;
    for (const Violation& v : r.violations) ids.insert(v.items.begin(), v.items.end());
    return ids;
}

std::vector<KeyEntry> legend_entries(const TimelineReport& r, const std::set<std::string>& violated) {
    std::vector<bool> seen(static_cast<size_t>(Shape::other) + 1, false);
    bool any_violated = false;
    for (const TimelineItem& i : r.items) {
        seen[static_cast<size_t>(shape_of(i))] = true;
        any_violated = any_violated || violated.count(i.id) > 0;
    }
    std::vector<KeyEntry> out;
    for (size_t s = 0; s < seen.size(); ++s)
        if (seen[s]) out.push_back({KeyEntry::Sign::shape, static_cast<Shape>(s), style(static_cast<Shape>(s)).key});
    if (r.contract_expires) out.push_back({KeyEntry::Sign::expiry, Shape::other, "Contract expires"});
    if (r.today) out.push_back({KeyEntry::Sign::today, Shape::other, "Today"});
    if (any_violated) out.push_back({KeyEntry::Sign::violation, Shape::other, "Involved in a violation"});
    return out;
}

int legend_entry_width(const KeyEntry& e) { return 24 + text_width(e.label, kSmallFont) + 22; }


std::vector<std::string> violation_lines(const TimelineReport& r) {
    std::vector<std::string> out;
    if (r.violations.empty()) return out;
    out.push_back(plural(static_cast<long long>(r.violations.size()), "constraint violation", "constraint violations") +
                  " (items ringed in red): see bargain check");
    for (size_t i = 0; i < r.violations.size() && i < kViolationsListed; ++i) {
        const Violation& v = r.violations[i];
        out.push_back(shorten("• " + one_line(v.message) + " (" + one_line(v.source) + ")", 150));
    }
    if (r.violations.size() > kViolationsListed)
        out.push_back("and " + std::to_string(r.violations.size() - kViolationsListed) + " more");
    return out;
}

// The foot: the reference lines' labels, the legend wrapped to the page,
// then the notes, placed from y = 0 at the lanes' bottom edge (moved down
// by move_foot() once the lanes are laid out). Returns the notes' baseline.
int place_foot(ChartLayout& out, const TimelineReport& r, std::vector<KeyEntry> legend) {
    int y = 10;
    if (r.contract_expires) out.expiry_label_y = y += kLine;
    if (r.today) out.today_label_y = y += kLine;
    out.key_y = y += 28;
    const int key_x = kMargin + text_width("Key", kSmallFont) + 14;
    int x = key_x;
    for (KeyEntry& e : legend) {
        if (x + legend_entry_width(e) > kWidth - kMargin) {
            x = key_x;
            y += kLegendLine;
        }
        e.x = x;
        e.y = y;
        x += legend_entry_width(e);
    }
    out.keys = std::move(legend);
    return out.notes_y = y + 6;
}

void move_foot(ChartLayout& out, int by) {
    for (int* y : {&out.expiry_label_y, &out.today_label_y})
        if (*y) *y += by;
    out.key_y += by;
    for (KeyEntry& e : out.keys) e.y += by;
    out.notes_y += by;
}

// The foot's height, to the notes' last line and a margin below it.
int foot_height(const ChartLayout& out, const TimelineReport& r, bool elision_note) {
    int notes = static_cast<int>(violation_lines(r).size()) + (elision_note ? 1 : 0);
    return out.notes_y + notes * kLine + 12;
}

}  // namespace

ChartLayout timeline_chart_layout(const TimelineReport& r) {
    ChartLayout out;
    out.width = kWidth;
    out.height = kHeight;
    out.plot_left = kPlotLeft;
    out.plot_right = kPlotRight;
    out.lanes_top = out.lanes_bottom = kLanesTop;
    if (r.items.empty()) return out;

    // The days shown: every item, the contract's expiry and today, a
    // fortnight at least (a single day still gets a readable axis), and a
    // little room at both ends so no marker sits on the edge.
    Date lo = r.items.front().date, hi = lo;
    for (const TimelineItem& i : r.items) {
        lo = std::min(lo, opens_day(i).value_or(i.date));
        hi = std::max(hi, i.date);
    }
    for (const std::optional<Date>& d : {r.contract_expires, r.today})
        if (d) lo = std::min(lo, *d), hi = std::max(hi, *d);
    long long n = (hi - lo).count() + 1;
    if (n < 14) {
        lo -= days((14 - n) / 2);
        hi += days(14 - n - (14 - n) / 2);
        n = 14;
    }
    long long pad = std::max(1LL, n / 40);
    lo -= days(pad);
    hi += days(pad);
    out.first = lo;
    out.last = hi;
    Axis axis{lo, (hi - lo).count() + 1, kPlotLeft, kPlotRight - kPlotLeft};
    out.ticks = ticks_for(axis, hi);

    std::set<std::string> violated = violated_ids(r);
    bool with_year = (hi - lo).count() > 400;

    // Each item's marker, and its label on either side of it. A side gets
    // the whole title if it has room for it, else the title cut to that room:
    // a title on the wall is worth the room it takes.
    size_t lane_index[kLaneCount];
    std::fill(std::begin(lane_index), std::end(lane_index), kLaneCount);
    std::vector<bool> used(kLaneCount, false);
    for (const TimelineItem& i : r.items) used[style(shape_of(i)).lane] = true;
    for (size_t l = 0; l < kLaneCount; ++l)
        if (used[l]) {
            lane_index[l] = out.lanes.size();
            out.lanes.push_back({kLaneNames[l], 0, 0, 0, false});
        }
    out.marks.reserve(r.items.size());
    std::vector<std::vector<Placement>> options(r.items.size());
    for (size_t k = 0; k < r.items.size(); ++k) {
        const TimelineItem& i = r.items[k];
        ChartMark m;
        m.item = k;
        m.lane = lane_index[style(shape_of(i)).lane];
        m.violated = violated.count(i.id) > 0;
        if (std::optional<Date> from = opens_day(i)) {
            m.x0 = axis.start(*from);
            m.x1 = std::max(axis.start(i.date + days(1)), m.x0 + 6);
        } else {
            m.x0 = m.x1 = axis.mid(i.date);
        }
        m.when = when_text(i, with_year);
        int half = m.violated ? kRingHalf : kMarkerHalf;
        int edge = m.x0 == m.x1 ? half : 0;  // a window is its own edge
        int when_w = text_width(m.when + " ", kSmallFont);
        std::string title = label_text(i);
        bool fits[2] = {false, false};  // room on that side for at least a cut title
        auto place = [&](bool before) {
            int room = before ? (m.x0 - edge - kLabelOffset) - kPlotLeft - when_w
                              : kLabelLimit - (m.x1 + edge + kLabelOffset) - when_w;
            Placement p{before, title, 0, 0};
            fits[before] = room >= text_width(shorten(title, kMinLabelChars), kFont);
            if (text_width(p.label, kFont) > room) {
                size_t chars = static_cast<size_t>(std::max(room, 0)) * 5 / (3 * kFont);  // text_width's inverse
                p.label = shorten(title, std::max(chars, kMinLabelChars + 1) - 1);      // less one for the "…"
            }
            int label_w = when_w + text_width(p.label, kFont);
            p.left = before ? m.x0 - edge - kLabelOffset - label_w : m.x0 - half;
            p.right = before ? m.x1 + half : m.x1 + edge + kLabelOffset + label_w;
            return p;
        };
        Placement after = place(false), before = place(true);
        // Right of the marker first, unless only the left has room for the
        // whole title, or neither has and the left shows more of it.
        bool before_first = after.label != title &&
                            (before.label == title || display_length(before.label) > display_length(after.label));
        options[k] = before_first ? std::vector<Placement>{before, after} : std::vector<Placement>{after, before};
        // A side without room even for a cut title is no option, unless
        // neither side has (a chart too narrow for the title's first words).
        if (fits[0] != fits[1])
            std::erase_if(options[k], [&](const Placement& p) { return !fits[p.before]; });
        out.marks.push_back(std::move(m));
    }
    std::stable_sort(out.marks.begin(), out.marks.end(),
                     [](const ChartMark& a, const ChartMark& b) { return a.lane < b.lane; });
    std::vector<std::vector<ChartMark*>> by_lane(out.lanes.size());
    for (ChartMark& m : out.marks) by_lane[m.lane].push_back(&m);

    // Rows: as many as the labels need, at a comfortable pitch, when the
    // page has room; otherwise each lane a share of the rows in proportion
    // to its need, and what does not fit is a tick on the lane's strip.
    place_foot(out, r, legend_entries(r, violated));
    int lanes = static_cast<int>(out.lanes.size());
    int room = kHeight - foot_height(out, r, false) - kLanesTop - lanes * 2 * kLanePad;
    int most_rows = std::max(lanes, room / kMinRow);
    std::vector<int> need(out.lanes.size());
    int total = 0;
    for (size_t l = 0; l < out.lanes.size(); ++l) total += need[l] = std::max(1, pack(by_lane[l], options, most_rows + 1));
    std::vector<int> rows = need;
    out.row_height = std::min(kMaxRow, room / std::max(total, 1));
    if (total > most_rows) {
        room = kHeight - foot_height(out, r, true) - kLanesTop - lanes * (2 * kLanePad + kTickStrip);
        int capacity = std::max(lanes, room / kMinRow);
        std::fill(rows.begin(), rows.end(), 1);
        for (int left = capacity - lanes; left > 0; --left) {
            // The next row goes to the lane with the most labels per row still.
            size_t best = out.lanes.size();
            for (size_t l = 0; l < out.lanes.size(); ++l)
                if (rows[l] < need[l] &&
                    (best == out.lanes.size() ||
                     static_cast<long long>(need[l]) * rows[best] > static_cast<long long>(need[best]) * rows[l]))
                    best = l;
            if (best == out.lanes.size()) break;
            ++rows[best];
        }
        for (size_t l = 0; l < out.lanes.size(); ++l) pack(by_lane[l], options, rows[l]);
        out.row_height = kMinRow;
    }
    int y = kLanesTop;
    for (size_t l = 0; l < out.lanes.size(); ++l) {
        ChartLane& lane = out.lanes[l];
        lane.rows = rows[l];
        for (const ChartMark* m : by_lane[l]) lane.strip = lane.strip || m->row < 0;
        lane.top = y;
        lane.height = 2 * kLanePad + lane.rows * out.row_height + (lane.strip ? kTickStrip : 0);
        y += lane.height;
    }
    out.lanes_bottom = y;
    for (const ChartMark& m : out.marks) out.elided += m.row < 0;
    // A short timeline makes a shorter page rather than one mostly blank.
    out.height = std::min(kHeight, out.lanes_bottom + foot_height(out, r, out.elided > 0));
    move_foot(out, out.lanes_bottom);
    return out;
}

namespace {

// A marker centred on (x, y); a vote's window runs from x0 to x1.
std::string marker(Shape s, int x0, int x1, int y, const char* colour) {
    int x = x0;
    switch (s) {
        case Shape::session: return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"{}\"/>", x, y, colour);
        case Shape::union_offer:
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"11\" height=\"11\" fill=\"{}\"/>", x - 5, y - 5, colour);
        case Shape::employer_offer:
            return fmt::format("<path d=\"M{0} {1}L{2} {3}L{0} {4}L{5} {3}Z\" fill=\"{6}\"/>", x, y - 7, x + 7, y, y + 7,
                               x - 7, colour);
        case Shape::offer:
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"{}\" "
                               "stroke-width=\"2\"/>",
                               x - 5, y - 5, colour);
        case Shape::vote:
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" rx=\"3\" fill=\"{}\"/>", x0, y - 6,
                               std::max(x1 - x0, 6), colour);
        case Shape::action:
            return fmt::format("<path d=\"M{} {}L{} {}L{} {}Z\" fill=\"{}\"/>", x, y - 7, x + 7, y + 6, x - 7, y + 6,
                               colour);
        case Shape::strike: {
            // A five-pointed star, its points rounded to whole pixels.
            static const int points[][2] = {{0, -9}, {2, -3}, {9, -3}, {4, 1}, {5, 7},
                                            {0, 4},  {-5, 7}, {-4, 1}, {-9, -3}, {-2, -3}};
            std::string d;
            for (const auto& p : points) d += fmt::format("{}{} {}", d.empty() ? "M" : "L", x + p[0], y + p[1]);
            return fmt::format("<path d=\"{}Z\" fill=\"{}\"/>", d, colour);
        }
        case Shape::notice:
            return fmt::format("<path d=\"M{} {}L{} {}L{} {}Z\" fill=\"{}\"/>", x - 7, y - 6, x + 7, y - 6, x, y + 7,
                               colour);
        case Shape::mediation:
            return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"3\"/>", x,
                               y, colour);
        case Shape::deadline:
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"4\" height=\"16\" fill=\"{}\"/>", x - 2, y - 8, colour);
        case Shape::other:
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"9\" height=\"9\" fill=\"#ffffff\" stroke=\"{}\" "
                               "stroke-width=\"2\" transform=\"rotate(45 {} {})\"/>",
                               x - 4, y - 4, colour, x, y);
    }
    return "";
}

std::string ring(int x, int y) {
    return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", x, y,
                       kRingHalf, kViolationRed);
}

std::string expiry_line(int x, int top, int bottom) {
    return fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#000000\" stroke-width=\"2\" "
                       "stroke-dasharray=\"7 5\"/>",
                       x, top, bottom);
}

std::string today_line(int x, int top, int bottom) {
    return fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" stroke-width=\"2\"/>", x, top,
                       bottom, kTodayBlue);
}

// A label for a vertical line, centred under it but kept on the page.
std::string line_label(int x, int y, const std::string& text, const char* colour) {
    int w = text_width(text, kSmallFont);
    int at = std::clamp(x - w / 2, kMargin, kWidth - kMargin - w);
    return fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" fill=\"{}\">{}</text>\n", at, y,
                       kSmallFont, colour, xml_text(text));
}

// One line, the campaign and that nothing is scheduled, and what was
// violated all the same (a notice that was never given has no date).
std::string empty_chart(const TimelineReport& r) {
    std::vector<std::string> notes = violation_lines(r);
    int height = 56 + static_cast<int>(notes.size()) * kLine;
    std::string out = svg_open(kWidth, height, kFont);
    out += "<title>" + xml_text(r.campaign) + ": timeline</title>\n";
    out += fmt::format("<text x=\"{}\" y=\"36\" font-size=\"18\"><tspan font-weight=\"bold\">{}</tspan>: nothing is "
                       "scheduled.</text>\n",
                       kMargin, xml_text(shorten(one_line(r.campaign), 80)));
    int y = 36 + 4;
    for (size_t k = 0; k < notes.size(); ++k) {
        y += kLine;
        out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\">{}</text>\n", kMargin, y, kSmallFont,
                           k == 0 ? " font-weight=\"bold\"" : "", kViolationRed, xml_text(notes[k]));
    }
    out += "</svg>\n";
    return out;
}

}  // namespace

std::string timeline_svg(const TimelineReport& r) {
    if (r.items.empty()) return empty_chart(r);
    ChartLayout c = timeline_chart_layout(r);
    Axis axis{c.first, (c.last - c.first).count() + 1, c.plot_left, c.plot_right - c.plot_left};

    std::string out = svg_open(c.width, c.height, kFont);
    out.reserve(out.size() + 200 * r.items.size());
    out += "<title>" + xml_text(r.campaign) + ": timeline</title>\n";

    // The heading: the campaign, then what the chart covers.
    Date from = r.items.front().date, to = from;
    for (const TimelineItem& i : r.items) from = std::min(from, opens_day(i).value_or(i.date)), to = std::max(to, i.date);
    std::string span = from == to ? full_date(from) : full_date(from) + " to " + full_date(to);
    span += " · " + plural(static_cast<long long>(r.items.size()), "item", "items");
    if (r.today) span += " · today " + full_date(*r.today);
    out += fmt::format("<text x=\"{}\" y=\"36\" font-size=\"{}\" font-weight=\"bold\">{}</text>\n", kMargin, kTitleFont,
                       xml_text(shorten(one_line(r.campaign), 80)));
    out += fmt::format("<text x=\"{}\" y=\"60\" fill=\"#444444\">{}</text>\n", kMargin, xml_text(span));

    // Lanes, banded so a row can be followed across the page, then the
    // month (or day, or year) grid over them.
    for (size_t l = 0; l < c.lanes.size(); ++l) {
        const ChartLane& lane = c.lanes[l];
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n", kMargin - 8, lane.top,
                           c.width - 2 * (kMargin - 8), lane.height, l % 2 ? "#ffffff" : "#f1f3f6");
        out += fmt::format("<text x=\"{}\" y=\"{}\" font-weight=\"bold\" fill=\"#222222\">{}</text>\n", kMargin,
                           lane.top + kLanePad + c.row_height / 2 + 5, xml_text(lane.name));
        if (lane.strip)
            out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"#666666\">more, unlabelled</text>\n",
                               kMargin, lane.top + lane.height - 3);
    }
    for (const ChartTick& t : c.ticks) {
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#c9ced6\"/>\n", t.x,
                           c.lanes_top - 14, c.lanes_bottom);
        if (!t.label.empty())
            out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#333333\">{}</text>\n", t.x + 4,
                               c.lanes_top - 6, kSmallFont, xml_text(t.label));
    }
    out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#8a919c\"/>\n", kMargin - 8,
                       c.lanes_bottom, c.width - kMargin + 8);

    // The contract's expiry and today, under the items so no label is hidden.
    if (r.contract_expires) {
        int x = axis.mid(*r.contract_expires);
        out += expiry_line(x, c.lanes_top - 14, c.lanes_bottom + 4) + "\n";
        out += line_label(x, c.expiry_label_y, "Contract expires " + full_date(*r.contract_expires), "#000000");
    }
    if (r.today) {
        int x = axis.mid(*r.today);
        out += today_line(x, c.lanes_top - 14, c.lanes_bottom + 4) + "\n";
        out += line_label(x, c.today_label_y, "Today, " + full_date(*r.today), kTodayBlue);
    }

    // The items. Those without room for a label are ticks on their lane's
    // strip, one per pixel and colour, so ten thousand cost a few hundred.
    std::set<std::tuple<size_t, int, int, bool>> ticks;
    for (const ChartMark& m : c.marks) {
        const ChartLane& lane = c.lanes[m.lane];
        const TimelineItem& i = r.items[m.item];
        Shape shape = shape_of(i);
        const char* colour = m.violated ? kViolationRed : style(shape).colour;
        if (m.row < 0) {
            ticks.insert({m.lane, m.x0, std::max(m.x1, m.x0 + 1), m.violated});
            continue;
        }
        int y = lane.top + kLanePad + m.row * c.row_height + c.row_height / 2;
        int x_mid = (m.x0 + m.x1) / 2;
        out += "<g><title>" + xml_text(i.title) + ", " + format_date(i.date) + " [" + xml_text(i.id) + "]</title>";
        if (m.violated) out += ring(x_mid, y);
        out += marker(shape, m.x0, m.x1, y, colour);
        int edge = m.x0 == m.x1 ? (m.violated ? kRingHalf : kMarkerHalf) : 0;
        int x = m.label_before ? m.x0 - edge - kLabelOffset : m.x1 + edge + kLabelOffset;
        out += fmt::format("<text x=\"{}\" y=\"{}\"{}{}{}><tspan font-size=\"{}\"{}>{}</tspan> {}</text></g>\n", x, y + 5,
                           m.label_before ? " text-anchor=\"end\"" : "",
                           m.violated ? fmt::format(" fill=\"{}\"", kViolationRed) : "",
                           shape == Shape::strike ? " font-weight=\"bold\"" : "", kSmallFont,
                           m.violated ? "" : " fill=\"#555555\"", xml_text(m.when), xml_text(m.label));
    }
    for (const auto& [lane_at, x0, x1, violated] : ticks) {
        const ChartLane& lane = c.lanes[lane_at];
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"8\" fill=\"{}\"/>\n", x0,
                           lane.top + lane.height - kTickStrip - 2, x1 - x0, violated ? kViolationRed : "#666666");
    }

    // The legend, then what the chart could not show in full.
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\">Key</text>\n", kMargin, c.key_y,
                       kSmallFont);
    for (const KeyEntry& e : c.keys) {
        int cx = e.x + 9, cy = e.y - 4;
        switch (e.sign) {
            case KeyEntry::Sign::shape:
                out += marker(e.shape, e.shape == Shape::vote ? cx - 9 : cx, cx + 9, cy, style(e.shape).colour);
                break;
            case KeyEntry::Sign::expiry: out += expiry_line(cx, cy - 9, cy + 9); break;
            case KeyEntry::Sign::today: out += today_line(cx, cy - 9, cy + 9); break;
            case KeyEntry::Sign::violation: out += ring(cx, cy); break;
        }
        out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\">{}</text>\n", e.x + 24, e.y, kSmallFont,
                           xml_text(e.label));
    }
    int y = c.notes_y;
    std::vector<std::string> violations = violation_lines(r);
    for (size_t k = 0; k < violations.size(); ++k) {
        y += kLine;
        out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\">{}</text>\n", kMargin, y,
                           kSmallFont, k == 0 ? " font-weight=\"bold\"" : "", kViolationRed, xml_text(violations[k]));
    }
    if (c.elided > 0) {
        y += kLine;
        out += fmt::format(
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#444444\">Labels for {} of {} items; the other {} are "
            "ticks along their lane (bargain timeline lists them all).</text>\n",
            kMargin, y, kSmallFont, r.items.size() - c.elided, r.items.size(), c.elided);
    }
    out += "</svg>\n";
    return out;
}

}  // namespace bargain
