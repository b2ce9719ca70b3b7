#include "sessions/sessions_report.h"

#include <fmt/format.h>

#include "io/csv_writer.h"
#include "io/document.h"
#include "text/report_table.h"
#include "text/report_text.h"
#include "text/span_words.h"

namespace bargain {

namespace {

Document side_document(Side s) { return s == Side::unstated ? Document() : Document::string(name_of(s)); }

// Text and Markdown are for people: a tentative agreement is a "TA".
std::string status_label(ProposalStatus s) { return s == ProposalStatus::ta ? "TA" : name_of(s); }

std::string date_text(const std::optional<Date>& d) { return d ? format_date(*d) : ""; }
Document date_document(const std::optional<Date>& d) { return d ? Document::string(format_date(*d)) : Document(); }

std::optional<std::string> span(const SessionsReport& r) {
    if (!r.log->first) return std::nullopt;
    return span_in_words(*r.log->first, r.until ? *r.until : *r.log->last);
}

// "s1, 2019-07-09", or "s1" when the session has no date.
std::string moved(const ArticleMove& m) { return m.session->id + (m.date ? ", " + format_date(*m.date) : ""); }

bool any_sections(const SessionLog& log) {
    for (const ArticleStatus& a : log.articles)
        if (!a.sections.empty()) return true;
    return false;
}

// Where an article's redline is: its sections' ids, for `bargain redline
// --article ID`; in Markdown, links into the redline page when there is one.
std::string redline_cell(const ArticleStatus& a, const std::string& page) {
    std::string out;
    for (const std::string& id : a.sections) {
        if (!out.empty()) out += ", ";
        // A link's target has no spaces or parentheses to break it: they are
        // written as %-escapes; its text is escaped as Markdown text is.
        std::string target;
        for (char ch : page + "#rl-" + id) {
            if (ch == ' ' || ch == '(' || ch == ')' || ch == '|' || ch == '<' || ch == '>') target += fmt::format("%{:02X}", static_cast<unsigned char>(ch));
            else target += ch;
        }
        out += page.empty() ? markdown_text(id) : "[" + markdown_text(id) + "](" + target + ")";
    }
    return out;
}

// The redline column is there once the campaign's proposals name sections.
Table article_table(const SessionLog& log, const std::string& page = {}, bool markdown = false) {
    Table t{{{"article"}, {"side"}, {"status"}, {"last moved"}}, {}};
    const bool sections = any_sections(log);
    if (sections) t.columns.push_back({"redline", Align::left, TableColumn::kFit, 2, markdown});
    for (const ArticleStatus& a : log.articles) {
        const Proposal& p = *a.latest().proposal;
        t.rows.push_back({one_line(a.article), name_of(p.side), status_label(p.status), one_line(moved(a.latest()))});
        if (sections) t.rows.back().push_back(markdown ? redline_cell(a, page) : redline_cell(a, {}));
    }
    return t;
}

Table history_table(const ArticleStatus& a) {
    Table t{{{"session"}, {"date"}, {"side"}, {"status"}, {"summary"}}, {}};
    for (const ArticleMove& m : a.history)
        t.rows.push_back({one_line(m.session->id), date_text(m.date), name_of(m.proposal->side),
                          status_label(m.proposal->status), one_line(m.proposal->summary)});
    return t;
}

// "Wages: open, the union's proposal, last moved in s1 on 2019-07-09."
std::string article_summary(const ArticleStatus& a) {
    const ArticleMove& m = a.latest();
    std::string s = a.article + ": " + status_label(m.proposal->status);
    if (m.proposal->side != Side::unstated) s += std::string(", the ") + name_of(m.proposal->side) + "'s proposal";
    s += ", last moved in " + m.session->id;
    if (m.date) s += " on " + format_date(*m.date);
    return s + ".";
}

// The count, first and last dates and span, as label and value: a table
// in text, a list in Markdown.
Table overview(const SessionsReport& r) {
    const SessionLog& log = *r.log;
    Table t{{{"label"}, {"value"}}, {{"sessions", std::to_string(log.count)}}};
    if (log.first) {
        t.rows.push_back({"first", format_date(*log.first)});
        t.rows.push_back({"last", format_date(*log.last)});
        std::string s = *span(r);
        if (r.until) s += " (to " + format_date(*r.until) + ")";
        t.rows.push_back({"span", s});
    }
    return t;
}

}  // namespace

std::string sessions_text(const SessionsReport& r) {
    if (r.article) {
        std::string out = one_line(r.campaign) + ": " + one_line(r.article->article) + "\n\n";
        out += "  " + one_line(article_summary(*r.article)) + "\n\n";
        return out + text_table(history_table(*r.article));
    }
    std::string out = one_line(r.campaign) + ": bargaining sessions\n\n";
    out += text_table(overview(r), {.header = false});
    if (r.log->articles.empty()) return out + "\n  (no proposals)\n";
    return out + "\n" + text_table(article_table(*r.log));
}

std::string sessions_markdown(const SessionsReport& r) {
    if (r.article) {
        std::string out = "# " + markdown_text(r.campaign) + ": " + markdown_text(r.article->article) + "\n\n";
        out += markdown_text(article_summary(*r.article)) + "\n\n";
        return out + markdown_table(history_table(*r.article));
    }
    std::string out = "# " + markdown_text(r.campaign) + ": bargaining sessions\n\n";
    for (const Row& row : overview(r).rows) out += "- " + row[0] + ": " + row[1] + "\n";
    if (r.log->articles.empty()) return out + "\nNo proposals.\n";
    return out + "\n" + markdown_table(article_table(*r.log, r.redline_page, true));
}

std::string sessions_json(const SessionsReport& r) {
    const SessionLog& log = *r.log;
    Document articles = Document::array();
    for (const ArticleStatus& a : log.articles) {
        if (r.article && &a != r.article) continue;
        const ArticleMove& m = a.latest();
        Document d = Document::object()
                         .set("article", Document::string(a.article))
                         .set("side", side_document(m.proposal->side))
                         .set("status", Document::string(name_of(m.proposal->status)))
                         .set("last_session", Document::string(m.session->id));
        Document sections = Document::array();
        for (const std::string& id : a.sections) sections.push(Document::string(id));
        d.set("sections", std::move(sections));
        if (r.article) {
            Document history = Document::array();
            for (const ArticleMove& h : a.history)
                history.push(Document::object()
                                 .set("session", Document::string(h.session->id))
                                 .set("date", date_document(h.date))
                                 .set("side", side_document(h.proposal->side))
                                 .set("status", Document::string(name_of(h.proposal->status)))
                                 .set("summary", Document::string(h.proposal->summary)));
            d.set("history", std::move(history));
        }
        articles.push(std::move(d));
    }
    auto s = span(r);
    return Document::object()
        .set("count", Document::integer(static_cast<long long>(log.count)))
        .set("first", date_document(log.first))
        .set("last", date_document(log.last))
        .set("span", s ? Document::string(*s) : Document())
        .set("articles", std::move(articles))
        .to_json();
}

// For a spreadsheet: the values as the JSON names them, unabridged, and
// the last move's session and date apart.
std::string sessions_csv(const SessionsReport& r) {
    if (r.article) {
        Table t{{{"session"}, {"date"}, {"side"}, {"status"}, {"summary"}}, {}};
        for (const ArticleMove& m : r.article->history)
            t.rows.push_back({m.session->id, date_text(m.date), name_of(m.proposal->side),
                              name_of(m.proposal->status), m.proposal->summary});
        return csv_table(t);
    }
    Table t{{{"article"}, {"side"}, {"status"}, {"last_session"}, {"last_date"}, {"sections"}}, {}};
    for (const ArticleStatus& a : r.log->articles) {
        const ArticleMove& m = a.latest();
        std::string sections;
        for (const std::string& id : a.sections) sections += (sections.empty() ? "" : " ") + id;
        t.rows.push_back({a.article, name_of(m.proposal->side), name_of(m.proposal->status), m.session->id,
                          date_text(m.date), sections});
    }
    return csv_table(t);
}

}  // namespace bargain
