// `tally --chart FILE.svg`: one bar per answer for each question, with the
// count and share printed beside it, so the chart still reads when printed
// in black and white. Plain SVG 1.1, no scripts, every text escaped.
#include <fmt/format.h>

#include <algorithm>

#include "ap_style.h"
#include "svg.h"
#include "tally_report.h"

namespace bargain {

std::string tally_chart_svg(const TallyReport& r) {
    const int width = 720, label_w = 90, bar_w = 440, row_h = 26, head_h = 58, gap = 24;
    int height = gap;
    for (size_t i = 0; i < r.questions.size(); ++i) height += head_h + 5 * row_h + gap;
    if (r.questions.empty()) height += 40;

    std::string out = svg_open(width, height, 14);
    if (r.questions.empty()) out += "<text x=\"24\" y=\"40\">No questions were tallied.</text>\n";

    struct Bar {
        const char* label;
        long long n;
        const char* colour;
        bool share;
    };
    int y = gap;
    for (const QuestionDecision& q : r.questions) {
        const Decision& d = q.overall;
        const AnswerCounts& a = d.counts;
        std::string title = q.id + (q.text.empty() ? "" : ": " + q.text);
        out += fmt::format("<text x=\"24\" y=\"{}\" font-weight=\"bold\" font-size=\"16\">{}</text>\n", y + 18,
                           xml_text(shorten(title, 78)));
        out += fmt::format("<text x=\"24\" y=\"{}\">{}: {}</text>\n", y + 42, capitalized(outcome_name(d.outcome)),
                           xml_text(shorten(question_sentence(q, r.rule), 84)));
        y += head_h;
        std::vector<Bar> bars = {{"Yes", a.yes, "#2e7d32", true},
                                 {"No", a.no, "#c62828", true},
                                 {"Abstain", a.abstain, "#757575", false},
                                 {"Blank", a.blank, "#b0b0b0", false},
                                 {"Void", a.spoiled, "#8d6e63", false}};
        long long most = 1;
        for (const Bar& b : bars) most = std::max(most, b.n);
        for (const Bar& b : bars) {
            long long w = b.n * bar_w / most;
            std::string value = std::to_string(b.n);
            if (b.share && a.valid() > 0) value += " (" + ratio_text(b.n * 100, a.valid(), 1) + "%)";
            out += fmt::format("<text x=\"24\" y=\"{}\">{}</text>\n", y + 18, b.label);
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"{}\"/>\n", 24 + label_w,
                               y + 4, w, b.colour);
            out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", 24 + label_w + w + 8, y + 18, value);
            y += row_h;
        }
        y += gap;
    }
    out += "</svg>\n";
    return out;
}

}  // namespace bargain
