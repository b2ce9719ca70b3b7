#include "timeline/timeline_report.h"

#include <fmt/format.h>

#include "io/csv_writer.h"
#include "io/document.h"
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

const char* weekday_name(Date d) {
    static const char* names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    return names[std::chrono::weekday(d).c_encoding()];
}

}  // namespace

const char* when_name(Date date, Date today) {
    return date < today ? "past" : date == today ? "today" : "upcoming";
}

std::string timeline_text(const TimelineReport& r) {
    std::string out = one_line(r.campaign) + ": timeline\n\n";
    if (r.items.empty()) out += "  (no dated items)\n";
    for (const TimelineItem& i : r.items) {
        out += fmt::format("  {} {}  {:<11}  {:<9}  {}", format_date(i.date), weekday_name(i.date), hours(i), i.type,
                           one_line(i.title));
        if (r.today) out += fmt::format("  ({})", when_name(i.date, *r.today));
        out += "  [" + one_line(i.id) + "]\n";
    }
    if (!r.violations.empty()) {
        out += "\nViolations:\n";
        for (const Violation& v : r.violations) out += "  " + one_line(v.message) + " [" + v.source + "]\n";
    }
    return out;
}

std::string timeline_markdown(const TimelineReport& r) {
    std::string out = "# " + markdown_text(r.campaign) + ": timeline\n\n";
    out += r.today ? "| date | time | kind | what | when | id |\n|---|---|---|---|---|---|\n"
                   : "| date | time | kind | what | id |\n|---|---|---|---|---|\n";
    for (const TimelineItem& i : r.items) {
        out += fmt::format("| {} {} | {} | {} | {} |", format_date(i.date), weekday_name(i.date), hours(i), i.type,
                           markdown_text(i.title));
        if (r.today) out += fmt::format(" {} |", when_name(i.date, *r.today));
        out += " " + markdown_text(i.id) + " |\n";
    }
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

std::string timeline_csv(const TimelineReport& r) {
    std::vector<std::string> header = {"date", "start", "end", "kind", "id", "title"};
    if (r.today) header.push_back("when");
    std::string out = csv_row(header);
    for (const TimelineItem& i : r.items) {
        std::vector<std::string> row = {format_date(i.date), clock(i.start), clock(i.end), i.type, i.id, i.title};
        if (r.today) row.push_back(when_name(i.date, *r.today));
        out += csv_row(row);
    }
    return out;
}

}  // namespace bargain
