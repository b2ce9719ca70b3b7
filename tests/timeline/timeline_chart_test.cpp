// The one-page timeline chart: escaping, labels that never overlap, the
// axis on short and long campaigns, violations marked, and the edge cases
// (nothing scheduled, a single day, ten thousand items).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "io/svg.h"
#include "test_support.h"
#include "timeline/timeline_chart.h"

using namespace bargain;
using bargain::test::day;

namespace {


TimelineItem event(std::string id, const char* kind, const char* date, std::string title = "") {
    TimelineItem i;
    i.kind = TimelineItem::Kind::event;
    i.id = id;
    i.title = title.empty() ? id : title;
    i.type = kind;
    i.date = day(date);
    return i;
}

TimelineReport report_of(std::vector<TimelineItem> items) {
    TimelineReport r;
    r.campaign = "Test campaign";
    r.items = std::move(items);
    return r;
}

// The report `bargain timeline` makes of a campaign file's text.
TimelineReport report_from(const std::string& yaml) {
    CampaignLoad c = load_campaign_text("campaign.yaml", yaml);
    REQUIRE(c.problems.empty());
    TimelineLoad t = resolve_timeline(c.campaign, "campaign.yaml");
    REQUIRE(t.problems.empty());
    ConstraintCheck check = check_constraints(c.campaign, t.timeline, "campaign.yaml");
    TimelineReport r{c.campaign.info.name, t.timeline.items, check.violations, std::nullopt};
    r.contract_expires = c.campaign.info.contract_expires;
    return r;
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Every pair of labelled marks on the same row of a lane keeps apart.
void check_no_overlap(const ChartLayout& c) {
    std::map<std::pair<size_t, int>, std::vector<const ChartMark*>> rows;
    for (const ChartMark& m : c.marks)
        if (m.row >= 0) rows[{m.lane, m.row}].push_back(&m);
    for (auto& [where, marks] : rows) {
        std::sort(marks.begin(), marks.end(), [](const ChartMark* a, const ChartMark* b) { return a->left < b->left; });
        for (size_t k = 1; k < marks.size(); ++k) {
            INFO("lane " << where.first << " row " << where.second << ": '" << marks[k - 1]->label << "' and '"
                         << marks[k]->label << "'");
            CHECK(marks[k - 1]->right < marks[k]->left);
        }
    }
    for (const ChartMark& m : c.marks) {
        if (m.row < 0) continue;
        CHECK(m.left >= c.plot_left - 20);  // a marker on the first day may reach a little left of it
        CHECK(m.right <= c.width);
        CHECK(m.row < c.lanes[m.lane].rows);
    }
}

}  // namespace

TEST_CASE("a hostile title, id and campaign name are escaped, never markup") {
    TimelineReport r = report_of({event("x<y>&\"'", "rally", "2020-02-04", "<script>alert(1)</script> & \"'")});
    r.campaign = "<b>Local 1</b> & 'friends'";
    std::string svg = timeline_svg(r);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;&#39;") != std::string::npos);
    CHECK(svg.find("[x&lt;y&gt;&amp;&quot;&#39;]") != std::string::npos);
    CHECK(svg.find("&lt;b&gt;Local 1&lt;/b&gt; &amp; &#39;friends&#39;") != std::string::npos);
}

TEST_CASE("the chart is a standalone SVG with no scripts, links or web fonts") {
    TimelineReport r = report_of({event("strike", "strike", "2020-02-25", "Strike")});
    std::string svg = timeline_svg(r);
    CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("viewBox=\"0 0 1100 ") != std::string::npos);
    CHECK(svg.find("sans-serif") != std::string::npos);
    CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
    for (const char* banned : {"<script", "href", "@import", "url(", "<foreignObject", "<style"})
        CHECK(svg.find(banned) == std::string::npos);
}

TEST_CASE("the same report gives the same bytes") {
    TimelineReport r = report_from(R"(bargain: 1
campaign: {name: SOS, contract_expires: 2019-06-30}
sessions: [{id: s1, date: 2019-07-09, location: Howlett Building}]
offers: [{id: lbo, side: employer, label: "last, best offer", date: 2020-01-06}]
votes: [{id: v, question: "Accept?", opens: 2020-01-13T07:00, closes: 2020-01-17T19:00}]
events: [{id: strike, kind: strike, date: 2020-02-25}]
)");
    r.today = day("2020-02-14");
    std::string once = timeline_svg(r);
    CHECK(once == timeline_svg(r));
    CHECK(once == timeline_svg(TimelineReport(r)));
}

TEST_CASE("nothing scheduled is a one-line chart that says so") {
    TimelineReport r = report_of({});
    r.campaign = "Local 7";
    std::string svg = timeline_svg(r);
    CHECK(svg.find("<tspan font-weight=\"bold\">Local 7</tspan>: nothing is scheduled.") != std::string::npos);
    CHECK(count(svg, "<text") == 1);
    CHECK(svg.find("height=\"56\"") != std::string::npos);
}

TEST_CASE("labels on a crowded day take rows of their own and never overlap") {
    std::vector<TimelineItem> items;
    for (int k = 0; k < 12; ++k)
        items.push_back(event("p" + std::to_string(k), "picket", "2020-02-04", "Picket at site number " + std::to_string(k)));
    ChartLayout c = timeline_chart_layout(report_of(items));
    REQUIRE(c.lanes.size() == 1);
    CHECK(c.lanes[0].name == "Actions");
    CHECK(c.elided == 0);
    CHECK(c.lanes[0].rows == 12);
    check_no_overlap(c);
}

TEST_CASE("labels of neighbouring days share a row only where they fit") {
    std::vector<TimelineItem> items;
    const char* kinds[] = {"notice", "mediation", "deadline", "meeting", "other", "rally", "picket", "strike"};
    for (int k = 0; k < 120; ++k) {
        Date d = day("2020-01-01") + std::chrono::days(k * 3);
        items.push_back(event("e" + std::to_string(k), kinds[k % 8], format_date(d).c_str(),
                              std::string(static_cast<size_t>(5 + k % 30), 'W')));  // wide letters, long and short
    }
    ChartLayout c = timeline_chart_layout(report_of(items));
    check_no_overlap(c);
    // Near the right edge a label goes left of its marker, not off the page.
    bool before = std::any_of(c.marks.begin(), c.marks.end(), [](const ChartMark& m) { return m.label_before; });
    CHECK(before);
}

TEST_CASE("items go to lanes by kind, and only lanes with items are drawn") {
    TimelineReport r = report_from(R"(bargain: 1
campaign: {name: Lanes}
sessions: [{id: s1, date: 2020-01-07}]
offers: [{id: u, side: union, date: 2020-01-08}, {id: e, side: employer, date: 2020-01-09}]
events:
  - {id: m, kind: mediation, date: 2020-01-10}
  - {id: p, kind: picket, date: 2020-01-11}
)");
    ChartLayout c = timeline_chart_layout(r);
    REQUIRE(c.lanes.size() == 4);
    CHECK(c.lanes[0].name == "Bargaining sessions");
    CHECK(c.lanes[1].name == "Offers");
    CHECK(c.lanes[2].name == "Actions");
    CHECK(c.lanes[3].name == "Notices & deadlines");
    std::string svg = timeline_svg(r);
    CHECK(svg.find("Union: Offer u") != std::string::npos);
    CHECK(svg.find("Employer: Offer e") != std::string::npos);
    CHECK(svg.find(">Votes<") == std::string::npos);
}

TEST_CASE("a vote is a bar from the day it opens to the day it closes") {
    TimelineReport r = report_from(R"(bargain: 1
campaign: {name: Vote}
votes: [{id: v, question: "Do you accept?", opens: 2020-01-13T07:00, closes: 2020-01-17T19:00}]
)");
    ChartLayout c = timeline_chart_layout(r);
    REQUIRE(c.marks.size() == 1);
    const ChartMark& m = c.marks[0];
    CHECK(m.when == "Jan 13–17");
    CHECK(m.label == "Do you accept?");  // the lane already says it is a vote
    CHECK(m.x1 - m.x0 > 5 * (c.plot_right - c.plot_left) / ((c.last - c.first).count() + 1) - 1);
}

TEST_CASE("a single day still has a readable axis, by days") {
    ChartLayout c = timeline_chart_layout(report_of({event("r", "rally", "2024-03-05", "Rally")}));
    CHECK((c.last - c.first).count() + 1 >= 14);
    REQUIRE(c.ticks.size() >= 5);
    CHECK(c.ticks[0].label.find(", 2024") != std::string::npos);  // the year, once
    CHECK(c.ticks[1].label.find(", 2024") == std::string::npos);
    REQUIRE(c.marks.size() == 1);
    CHECK(c.marks[0].x0 > c.plot_left);
    CHECK(c.marks[0].x0 < c.plot_right);
}

TEST_CASE("a campaign of several years is ticked every few months, labels apart") {
    TimelineReport r = report_of({event("a", "deadline", "2019-03-01"), event("b", "deadline", "2025-11-30")});
    ChartLayout c = timeline_chart_layout(r);
    REQUIRE(c.ticks.size() >= 4);
    CHECK(c.ticks.size() <= 16);
    for (size_t k = 1; k < c.ticks.size(); ++k) {
        CHECK(c.ticks[k].x - c.ticks[k - 1].x >= 80);
        CHECK(c.ticks[k - 1].x + 4 + text_width(c.ticks[k - 1].label, 12) < c.ticks[k].x);
    }
    // Dates on a chart this long carry their year.
    CHECK(c.marks[0].when == "Mar 1, 2019");
}

TEST_CASE("the chart spans every year a date may have without a tick storm") {
    TimelineReport r = report_of({event("a", "other", "1900-01-01"), event("b", "deadline", "9999-12-31")});
    ChartLayout c = timeline_chart_layout(r);
    CHECK(c.ticks.size() >= 2);
    CHECK(c.ticks.size() <= 16);
    check_no_overlap(c);
}

TEST_CASE("the contract's expiry is a dashed line and today a solid one, both within the axis") {
    TimelineReport r = report_of({event("s", "strike", "2020-02-25", "Strike")});
    r.contract_expires = day("2019-06-30");
    r.today = day("2020-02-14");
    ChartLayout c = timeline_chart_layout(r);
    CHECK(c.first <= day("2019-06-30"));
    std::string svg = timeline_svg(r);
    CHECK(svg.find("stroke-dasharray") != std::string::npos);
    CHECK(svg.find("Contract expires Jun 30, 2019") != std::string::npos);
    CHECK(svg.find("Today, Feb 14, 2020") != std::string::npos);
}

TEST_CASE("items a violation concerns are ringed in red, with a note to run check") {
    TimelineReport r = report_from(R"(bargain: 1
campaign: {name: Short notice, law: illinois-ielra}
events:
  - {id: mediation, kind: mediation, date: 2020-02-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-15}
  - {id: strike, kind: strike, date: {after: notice, days: 9}}
)");
    REQUIRE(r.violations.size() == 1);
    CHECK(r.violations[0].items == std::vector<std::string>{"notice", "strike"});
    ChartLayout c = timeline_chart_layout(r);
    std::map<std::string, bool> violated;
    for (const ChartMark& m : c.marks) violated[r.items[m.item].id] = m.violated;
    CHECK(violated == std::map<std::string, bool>{{"mediation", false}, {"notice", true}, {"strike", true}});
    std::string svg = timeline_svg(r);
    CHECK(count(svg, "r=\"11\" fill=\"none\" stroke=\"#d32f2f\"") == 3);  // two items and the legend
    CHECK(svg.find("1 constraint violation (items ringed in red): see bargain check") != std::string::npos);
    CHECK(svg.find("it is 9 (the strike &#39;strike&#39; on 2020-02-24) (115 ILCS 5/13)") != std::string::npos);
}

TEST_CASE("a campaign's own constraints name the items they concern") {
    TimelineReport r = report_from(R"(bargain: 1
campaign: {name: Own, contract_expires: 2020-03-01}
events:
  - {id: notice, kind: notice, date: 2020-02-15}
  - {id: rally, kind: rally, date: 2020-02-10}
  - {id: strike, kind: strike, date: 2020-02-18}
constraints:
  - {first: notice, then: strike, min_days: 5}
  - {event: strike, not_before: contract_expires}
  - {event: rally, not_before: notice}
)");
    REQUIRE(r.violations.size() == 3);
    CHECK(r.violations[0].items == std::vector<std::string>{"notice", "strike"});
    CHECK(r.violations[1].items == std::vector<std::string>{"strike"});
    CHECK(r.violations[2].items == std::vector<std::string>{"rally", "notice"});
}

TEST_CASE("ten thousand items render, the labels that fit, and the chart says the rest are ticks") {
    std::vector<TimelineItem> items;
    const char* kinds[] = {"notice", "mediation", "deadline", "rally", "picket", "strike", "meeting"};
    for (int k = 0; k < 10000; ++k) {
        Date d = day("2020-01-01") + std::chrono::days((k * 7919) % 1500);
        items.push_back(event("e" + std::to_string(k), kinds[k % 7], format_date(d).c_str(),
                              "Event number " + std::to_string(k)));
    }
    std::stable_sort(items.begin(), items.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.date < b.date; });
    TimelineReport r = report_of(items);
    ChartLayout c = timeline_chart_layout(r);
    CHECK(c.elided > 9000);
    CHECK(c.elided < 10000);
    CHECK(c.height <= 780);
    check_no_overlap(c);
    std::string svg = timeline_svg(r);
    CHECK(svg.find("Labels for " + std::to_string(10000 - c.elided) + " of 10000 items; the other " +
                   std::to_string(c.elided) + " are ticks along their lane") != std::string::npos);
    CHECK(svg.size() < 1000000);  // ticks are drawn once per pixel, not once per item
}

TEST_CASE("the layout places the foot: the lines' labels, then the legend wrapped to the page") {
    std::vector<TimelineItem> items;
    const char* kinds[] = {"picket", "strike", "notice", "mediation", "deadline", "meeting"};
    for (const char* kind : kinds) items.push_back(event(kind, kind, "2020-02-04"));
    TimelineReport r = report_of(items);
    r.contract_expires = day("2020-01-31");
    r.today = day("2020-02-10");
    Violation v;
    v.message = "too soon";
    v.source = "a test";
    v.items = {"strike"};
    r.violations.push_back(v);
    ChartLayout c = timeline_chart_layout(r);
    REQUIRE(c.expiry_label_y > c.lanes_bottom);
    CHECK(c.today_label_y > c.expiry_label_y);
    CHECK(c.key_y > c.today_label_y);
    // Six shapes, two lines and the ring do not fit on one line of the page.
    REQUIRE(c.keys.size() == 9);
    CHECK(c.keys.front().y == c.key_y);
    CHECK(c.keys.back().label == "Involved in a violation");
    CHECK(c.keys.back().y > c.key_y);
    for (size_t k = 1; k < c.keys.size(); ++k)
        if (c.keys[k].y == c.keys[k - 1].y) CHECK(c.keys[k].x > c.keys[k - 1].x);
    CHECK(c.notes_y > c.keys.back().y);
    CHECK(c.height > c.notes_y);
    // The renderer draws where the layout says.
    CHECK(timeline_svg(r).find("y=\"" + std::to_string(c.keys.back().y) + "\" font-size=\"12\">Involved in a violation</text>") !=
          std::string::npos);
}
