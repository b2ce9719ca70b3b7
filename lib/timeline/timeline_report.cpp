#include "timeline/timeline_report.h"

#include <fmt/format.h>

#include "io/csv_writer.h"
#include "io/document.h"
#include "text/report_table.h"
#include "text/report_text.h"

namespace bargain {

namespace {

std::string clock(const std::optional<std::chrono::minutes>& m) {
    if (!m) return "";
    return fmt::format("{:02}:{:02}", m->count() / 60, m->count() % 60);
}

std::string hours(const TimelineItem& i) {
    if (!i.start) return "";
    return clock(i.start) + (i.end ? "-" + clock(i.end) : "");
}

// "Tue".
std::string_view short_weekday(Date d) { return weekday_name(std::chrono::weekday(d)).substr(0, 3); }

}  // namespace

const char* when_name(Date date, Date today) {
    return date < today ? "past" : date == today ? "today" : "upcoming";
}

namespace {

// The items for people, in text and Markdown. Text gives the time and the
// kind fixed widths, so the titles start in one column however long the
// items' other cells are.
Table items_table(const TimelineReport& r) {
    Table t{{{"date", Align::left, 0}, {"time", Align::left, 11}, {"kind", Align::left, 9}, {"what", Align::left, 0}},
            {}};
    if (r.today) t.columns.push_back({"when", Align::left, 0});
    t.columns.push_back({"id", Align::left, 0});
    for (const TimelineItem& i : r.items) {
        t.rows.push_back({format_date(i.date) + " " + std::string(short_weekday(i.date)), hours(i), i.type, one_line(i.title)});
        if (r.today) t.rows.back().push_back(when_name(i.date, *r.today));
        t.rows.back().push_back(one_line(i.id));
    }
    return t;
}

}  // namespace

std::string timeline_text(const TimelineReport& r) {
    std::string out = one_line(r.campaign) + ": timeline\n\n";
    if (r.items.empty()) out += "  (no dated items)\n";
    // A listing: without headings, the when and the id marked instead.
    Table t = items_table(r);
    for (Row& row : t.rows) {
        if (r.today) row[4] = "(" + row[4] + ")";
        row.back() = "[" + row.back() + "]";
    }
    out += text_table(t, {.header = false});
    if (!r.violations.empty()) {
        out += "\nViolations:\n";
        for (const Violation& v : r.violations) out += "  " + one_line(v.message) + " [" + v.source + "]\n";
    }
    return out;
}

std::string timeline_markdown(const TimelineReport& r) {
    std::string out = "# " + markdown_text(r.campaign) + ": timeline\n\n";
    out += markdown_table(items_table(r));
    if (!r.violations.empty()) {
        out += "\n## Violations\n\n";
        for (const Violation& v : r.violations) out += "- " + markdown_text(v.message) + " (" + markdown_text(v.source) + ")\n";
    }
    return out;
}

std::string timeline_json(const TimelineReport& r) {
    Document items = Document::array();
    for (const TimelineItem& i : r.items) {
        Document o = Document::object();
        o.set("id", Document::string(i.id));
        o.set("kind", Document::string(i.type));
        o.set("title", Document::string(i.title));
        o.set("date", Document::string(format_date(i.date)));
        o.set("start", i.start ? Document::string(clock(i.start)) : Document());
        o.set("end", i.end ? Document::string(clock(i.end)) : Document());
        if (r.today) o.set("when", Document::string(when_name(i.date, *r.today)));
        items.push(std::move(o));
    }
    Document violations = Document::array();
    for (const Violation& v : r.violations)
        violations.push(Document::object()
                            .set("constraint", Document::string(v.constraint))
                            .set("message", Document::string(v.message))
                            .set("source", Document::string(v.source)));
    return Document::object().set("items", std::move(items)).set("violations", std::move(violations)).to_json();
}

// For a spreadsheet: the values as the JSON has them, the times apart.
std::string timeline_csv(const TimelineReport& r) {
    Table t;
    for (const char* name : {"date", "start", "end", "kind", "id", "title"}) t.columns.push_back({name});
    if (r.today) t.columns.push_back({"when"});
    for (const TimelineItem& i : r.items) {
        t.rows.push_back({format_date(i.date), clock(i.start), clock(i.end), i.type, i.id, i.title});
        if (r.today) t.rows.back().push_back(when_name(i.date, *r.today));
    }
    return csv_table(t);
}

}  // namespace bargain
