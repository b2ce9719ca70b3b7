// The tally chart: a bar group per unit with --by-unit, every bar named and
// counted in text, nothing past the page's edges, every string escaped.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tally/decision.h"
#include "tally/tally_chart.h"
#include "test_support.h"

using namespace bargain;
using bargain::test::rule;
using bargain::test::votes;

namespace {

// Two units: ifpe-4408 carries 6 to 0, ifise-4407 fails 2 to 4, under two
// thirds; so the vote fails overall.
TallyReport two_units(std::vector<std::string> units = {"ifpe-4408", "ifise-4407"}) {
    TallyReport r;
    r.inputs = {{"mail.csv", "abc", 12}};
    r.by_unit = true;
    r.count.received = 12;
    r.count.units = units;
    r.count.eligible_by_unit = {8, std::nullopt};
    r.count.challenged_by_unit = {0, 0};
    Count::Question q;
    q.id = "strike";
    q.text = "Do you authorize a strike?";
    q.by_unit = {votes(6, 0), votes(2, 4, 1)};
    r.count.questions.push_back(q);
    r.rule = rule("two-thirds");
    auto decided = decide(r.count, r.rule, r.by_unit);
    REQUIRE(decided.ok());
    r.questions = std::move(*decided);
    return r;
}

bool has_text(const TallyChartGroup& g, const std::string& text) {
    return std::any_of(g.texts.begin(), g.texts.end(), [&](const TallyChartText& t) { return t.text == text; });
}

// Every text and bar inside the page's margins, and every group below the last.
void check_fits(const TallyChartLayout& l) {
    int bottom = 0;
    for (const TallyChartGroup& g : l.groups) {
        CAPTURE(g.unit);
        CHECK(g.top >= bottom);
        CHECK(g.bottom >= g.top);
        bottom = g.bottom;
        for (const TallyChartText& t : g.texts) {
            CAPTURE(t.text);
            CHECK(t.x >= l.margin);
            CHECK(t.x + t.width <= l.width - l.margin);
            CHECK(t.y - t.size >= g.top);
            CHECK(t.y <= g.bottom);
        }
        for (const TallyChartBar& b : g.bars) {
            CHECK(b.x + b.width <= l.width - l.margin);
            CHECK(b.y >= g.top);
            CHECK(b.y + b.height <= g.bottom);
        }
    }
    CHECK(bottom + l.margin <= l.height);
}

}  // namespace

TEST_CASE("a chart by unit draws a yes and a no bar for each unit, under its name and result") {
    TallyChartLayout l = tally_chart_layout(two_units());
    REQUIRE(l.groups.size() == 3);
    CHECK(l.groups[0].unit.empty());
    CHECK(l.groups[0].bars.size() == 5);
    CHECK(has_text(l.groups[0], "By unit"));

    const TallyChartGroup& carried = l.groups[1];
    CHECK(carried.unit == "ifpe-4408");
    CHECK(has_text(carried, "ifpe-4408: Carried"));
    CHECK(has_text(carried, "6 cast of 8 eligible (75% turnout); 0 abstain, 0 blank, 0 void"));
    REQUIRE(carried.bars.size() == 2);
    CHECK(carried.bars[0].answer == "Yes");
    CHECK(carried.bars[0].votes == 6);
    CHECK(carried.bars[1].answer == "No");
    CHECK(carried.bars[1].votes == 0);
    CHECK(carried.bars[1].width == 0);

    const TallyChartGroup& failed = l.groups[2];
    CHECK(has_text(failed, "ifise-4407: Failed"));
    CHECK(has_text(failed, "7 cast; 1 abstain, 0 blank, 0 void"));
    CHECK(has_text(failed, "2 (33.3%)"));
    CHECK(has_text(failed, "4 (66.7%)"));
    check_fits(l);
}

TEST_CASE("every bar has its answer before it and its count after it, so colour carries no meaning alone") {
    TallyChartLayout l = tally_chart_layout(two_units());
    for (const TallyChartGroup& g : l.groups)
        for (const TallyChartBar& b : g.bars) {
            CAPTURE(b.answer);
            bool named = false, counted = false;
            for (const TallyChartText& t : g.texts) {
                if (t.y != b.y + 14) continue;
                named = named || (t.text == b.answer && t.x + t.width < b.x);
                counted = counted || (t.x == b.x + b.width + 8 && t.text.rfind(std::to_string(b.votes), 0) == 0);
            }
            CHECK(named);
            CHECK(counted);
        }
}

TEST_CASE("the units of a question share one scale, so their bars compare") {
    TallyChartLayout l = tally_chart_layout(two_units());
    const TallyChartBar& six = l.groups[1].bars[0];
    const TallyChartBar& four = l.groups[2].bars[1];
    CHECK(six.votes == 6);
    CHECK(four.width == six.width * 4 / 6);
}

TEST_CASE("long titles and unit names wrap instead of running off the page, and the page grows to hold them") {
    TallyReport r = two_units({std::string(150, 'u'), "a unit whose name is long enough to need more than one line "
                                                      "of the chart to say it in full, and then some more words"});
    r.questions[0].text = std::string(300, 'q');
    TallyChartLayout longer = tally_chart_layout(r);
    TallyChartLayout plain = tally_chart_layout(two_units());
    CHECK(longer.height > plain.height);
    check_fits(longer);
    // Nothing is cut short: every character of the unit's name is drawn.
    size_t drawn = 0;
    for (const TallyChartText& t : longer.groups[1].texts)
        if (t.bold) drawn += static_cast<size_t>(std::count(t.text.begin(), t.text.end(), 'u'));
    CHECK(drawn == 150);
}

TEST_CASE("without --by-unit the chart has no unit groups") {
    TallyReport r = two_units();
    r.by_unit = false;
    TallyChartLayout l = tally_chart_layout(r);
    CHECK(l.groups.size() == 1);
    CHECK_FALSE(has_text(l.groups[0], "By unit"));
}

TEST_CASE("a unit whose challenged ballots could decide it says so") {
    TallyReport r = two_units();
    Decision& u = r.questions[0].units[1];
    u.challenged = 3;
    u.outcome = Outcome::undetermined;
    u.determinative_challenges = true;
    TallyChartLayout l = tally_chart_layout(r);
    CHECK(has_text(l.groups[2], "ifise-4407: Undetermined: challenged ballots could decide it"));
    CHECK(has_text(l.groups[2], "7 cast; 1 abstain, 0 blank, 0 void; 3 challenged, sealed"));
}

TEST_CASE("the chart escapes unit names and question text, and is the same bytes every time") {
    TallyReport r = two_units({"<b>&co", "\"q\""});
    r.questions[0].text = "<script>alert(1)</script>";
    std::string svg = tally_chart_svg(r);
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("&lt;b&gt;&amp;co: Carried") != std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg == tally_chart_svg(r));
    CHECK(svg.find("height=\"" + std::to_string(tally_chart_layout(r).height) + "\"") != std::string::npos);
}

TEST_CASE("a chart of no questions says so") {
    TallyReport r;
    TallyChartLayout l = tally_chart_layout(r);
    REQUIRE(l.groups.size() == 1);
    CHECK(has_text(l.groups[0], "No questions were tallied."));
    check_fits(l);
}
