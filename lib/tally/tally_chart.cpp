// `tally --chart FILE.svg`: one bar per answer for each question, with the
// count and share printed beside it, and with --by-unit a group per unit
// (see tally_chart.h). Plain SVG 1.1, no scripts, every text escaped.
#include "tally/tally_chart.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/utf8.h"
#include "io/svg.h"
#include "text/ap_style.h"

namespace bargain {

namespace {

constexpr int kWidth = 720;
constexpr int kMargin = 24;
constexpr int kLabelWidth = 90;  // "Abstain" and its gap, before the bars
constexpr int kBarWidth = 440;   // the longest bar; its count follows it
constexpr int kBarHeight = 18;
constexpr int kRowHeight = 26;
constexpr int kIndent = 24;  // a unit's group, under its question
constexpr int kGap = 24;     // between questions
constexpr int kUnitGap = 14;  // between units

const char* const kYes = "#2e7d32";
const char* const kNo = "#c62828";

int line_height(int size) { return size + size / 2; }

// `word` cut into pieces that each fit `room`, by characters: a name with
// no spaces that is wider than the page is broken, never cut short.
std::vector<std::string> split_word(std::string_view word, int size, int room) {
    std::vector<std::string> pieces(1);
    for (size_t i = 0; i < word.size();) {
        size_t n = std::max<size_t>(1, utf8_length(word, i));
        std::string next = pieces.back() + std::string(word.substr(i, n));
        if (!pieces.back().empty() && text_width(next, size) > room) pieces.emplace_back();
        pieces.back() += word.substr(i, n);
        i += n;
    }
    return pieces;
}

// `text` broken at spaces into lines no wider than `room`.
std::vector<std::string> wrap(std::string_view text, int size, int room) {
    std::vector<std::string> lines;
    std::string line;
    while (!text.empty()) {
        size_t space = text.find(' ');
        std::string_view word = text.substr(0, space);
        text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
        if (word.empty()) continue;
        std::string joined = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (text_width(joined, size) <= room) {
            line = std::move(joined);
            continue;
        }
        if (!line.empty()) lines.push_back(std::move(line));
        line.clear();
        std::vector<std::string> pieces = split_word(word, size, room);
        line = pieces.back();
        pieces.pop_back();
        for (std::string& p : pieces) lines.push_back(std::move(p));
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    return lines;
}

// Lays out one group from the top down; `y` is where the next thing goes.
class GroupBuilder {
public:
    GroupBuilder(size_t question, std::string unit, int left, int top) : left_(left), y_(top) {
        group_.question = question;
        group_.unit = std::move(unit);
        group_.top = top;
    }

    void paragraph(const std::string& text, int size, bool bold) {
        for (std::string& line : wrap(text, size, kWidth - kMargin - left_)) {
            y_ += line_height(size);
            int width = text_width(line, size);
            group_.texts.push_back({left_, y_ - size / 3, size, bold, std::move(line), width});
        }
    }

    void space(int pixels) { y_ += pixels; }

    // A bar `votes` long on a scale where `most` is the longest, labelled
    // with its answer before it and its count (and share) after it.
    void bar(const char* answer, long long votes, long long most, const char* colour, std::string value) {
        int bar_x = left_ + kLabelWidth;
        int width = static_cast<int>(votes * (kBarWidth - (left_ - kMargin)) / std::max(most, 1LL));
        int baseline = y_ + 18;
        group_.texts.push_back({left_, baseline, 14, false, answer, text_width(answer, 14)});
        group_.bars.push_back({answer, votes, bar_x, y_ + 4, width, kBarHeight, colour});
        group_.texts.push_back({bar_x + width + 8, baseline, 14, false, value, text_width(value, 14)});
        y_ += kRowHeight;
    }

    TallyChartGroup done() {
        group_.bottom = y_;
        return std::move(group_);
    }
    int y() const { return y_; }

private:
    int left_;
    int y_;
    TallyChartGroup group_;
};

// "76 (33.3%)": a count, and its share of the valid votes when it is one.
std::string count_and_share(long long n, const AnswerCounts& a, bool share) {
    std::string out = with_commas(n);
    if (share && a.valid() > 0) out += " (" + ratio_text(n * 100, a.valid(), 1) + "%)";
    return out;
}

// "Failed", or "Undetermined: challenged ballots could decide it".
std::string result_words(const Decision& d) {
    std::string out = capitalized(outcome_name(d.outcome));
    if (d.outcome == Outcome::undetermined && d.determinative_challenges)
        out += ": challenged ballots could decide it";
    return out;
}

// "164 cast of 180 eligible (91% turnout); 3 abstain, 1 blank, 0 void": the
// rest of a unit's count, its yes and no being beside their bars.
std::string unit_counts(const Decision& u, const Rule& rule) {
    const AnswerCounts& a = u.counts;
    std::string out = with_commas(a.cast()) + " cast";
    if (u.eligible) {
        out += " of " + with_commas(*u.eligible) + " eligible";
        if (std::string turnout = turnout_percent(a, u.eligible, rule); !turnout.empty())
            out += " (" + turnout + " turnout)";
    }
    out += fmt::format("; {} abstain, {} blank, {} void", with_commas(a.abstain), with_commas(a.blank),
                       with_commas(a.spoiled));
    if (u.challenged > 0) out += fmt::format("; {} challenged, sealed", with_commas(u.challenged));
    return out;
}

}  // namespace

TallyChartLayout tally_chart_layout(const TallyReport& r) {
    TallyChartLayout layout;
    layout.width = kWidth;
    layout.margin = kMargin;
    int y = kMargin - kGap / 2;
    for (size_t qi = 0; qi < r.questions.size(); ++qi) {
        const QuestionDecision& q = r.questions[qi];
        const Decision& d = q.overall;
        const AnswerCounts& a = d.counts;
        GroupBuilder g(qi, "", kMargin, y);
        g.paragraph(q.id + (q.text.empty() ? "" : ": " + q.text), 16, true);
        g.space(4);
        g.paragraph(capitalized(outcome_name(d.outcome)) + ": " + question_sentence(q, r.rule), 14, false);
        g.space(10);
        long long most = std::max({a.yes, a.no, a.abstain, a.blank, a.spoiled});
        g.bar("Yes", a.yes, most, kYes, count_and_share(a.yes, a, true));
        g.bar("No", a.no, most, kNo, count_and_share(a.no, a, true));
        g.bar("Abstain", a.abstain, most, "#757575", count_and_share(a.abstain, a, false));
        g.bar("Blank", a.blank, most, "#b0b0b0", count_and_share(a.blank, a, false));
        g.bar("Void", a.spoiled, most, "#8d6e63", count_and_share(a.spoiled, a, false));
        bool units = r.by_unit && !q.units.empty();
        if (units) {
            g.space(6);
            g.paragraph("By unit", 14, true);
        }
        y = g.y();
        layout.groups.push_back(g.done());

        // One scale for every unit of the question, so their bars compare.
        long long unit_most = 0;
        // Not the withheld units': the scale would give their counts away.
        for (const Decision& u : q.units)
            if (!u.counts_withheld) unit_most = std::max({unit_most, u.counts.yes, u.counts.no});
        static const std::vector<Decision> kNone;
        for (const Decision& u : units ? q.units : kNone) {
            GroupBuilder ug(qi, u.unit, kMargin + kIndent, y + kUnitGap);
            ug.paragraph(u.unit + ": " + result_words(u), 14, true);
            if (u.counts_withheld) {  // its result, and no bar
                ug.paragraph(capitalized(*u.counts_withheld), 14, false);
                y = ug.y();
                layout.groups.push_back(ug.done());
                continue;
            }
            ug.paragraph(unit_counts(u, r.rule), 14, false);
            ug.space(2);
            ug.bar("Yes", u.counts.yes, unit_most, kYes, count_and_share(u.counts.yes, u.counts, true));
            ug.bar("No", u.counts.no, unit_most, kNo, count_and_share(u.counts.no, u.counts, true));
            y = ug.y();
            layout.groups.push_back(ug.done());
        }
        y += kGap;
    }
    if (r.questions.empty()) {
        GroupBuilder g(0, "", kMargin, y);
        g.paragraph("No questions were tallied.", 14, false);
        y = g.y() + kGap;
        layout.groups.push_back(g.done());
    }
    layout.height = y - kGap / 2 + kMargin;
    return layout;
}

std::string tally_chart_svg(const TallyReport& r) {
    TallyChartLayout layout = tally_chart_layout(r);
    std::string out = svg_open(layout.width, layout.height, 14);
    for (const TallyChartGroup& g : layout.groups) {
        // A unit's group hangs under a thin rule, so it reads as one block.
        if (!g.unit.empty() && !g.texts.empty())
            out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#c0c0c0\"/>\n",
                               g.texts.front().x, g.top + 2, layout.width - layout.margin);
        for (const TallyChartBar& b : g.bars)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n", b.x, b.y,
                               b.width, b.height, b.colour);
        for (const TallyChartText& t : g.texts)
            out += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>\n", t.x, t.y,
                               t.bold ? " font-weight=\"bold\"" : "",
                               t.size != 14 ? fmt::format(" font-size=\"{}\"", t.size) : "", xml_text(t.text));
    }
    out += "</svg>\n";
    return out;
}

}  // namespace bargain
