#include "contract/redline.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "contract/contract_html.h"
#include "core/datetime.h"
#include "core/suggest.h"
#include "core/table.h"
#include "io/svg.h"
#include "text/report_table.h"
#include "text/report_text.h"
#include "text/text_wrap.h"

namespace bargain {

namespace {

const char* change_name(SectionChange c) {
    switch (c) {
        case SectionChange::changed: return "changed";
        case SectionChange::added: return "added";
        case SectionChange::deleted: return "deleted";
        case SectionChange::unchanged: return "unchanged";
    }
    return "";
}

std::string status_name(const RedlineSection& s) {
    if (!s.by) return "current contract";
    switch (s.by->proposal->status) {
        case ProposalStatus::ta: return "TA";
        case ProposalStatus::open: return "open";
        case ProposalStatus::withdrawn: return "withdrawn";
    }
    return "";
}

std::string session_name(const RedlineSection& s) {
    if (!s.session) return "";
    return s.session->session->id + (s.session->date ? ", " + format_date(*s.session->date) : "");
}

std::string side_name(const RedlineSection& s) {
    return s.by && s.by->proposal->side != Side::unstated ? name_of(s.by->proposal->side) : "";
}

// "changed; TA in session s2 (2019-10-22), employer proposal"
std::string standing(const RedlineSection& s) {
    std::string out = change_name(s.change);
    if (!s.by) return out;
    out += "; " + status_name(s) + " in session " + s.session->session->id;
    if (s.session->date) out += " (" + format_date(*s.session->date) + ")";
    if (!side_name(s).empty()) out += ", " + side_name(s) + " proposal";
    return out;
}

std::string title_text(const std::vector<DiffRun>& runs, bool newer) {
    std::string out;
    for (const DiffRun& r : runs)
        if (r.kind == DiffRun::Kind::same || (r.kind == DiffRun::Kind::inserted) == newer) out += r.text;
    return out;
}

Table summary(const Redline& r) {
    Table t;
    t.columns = {{"section"}, {"title"}, {"change"}, {"status"}, {"session"}, {"side"}};
    for (const RedlineSection& s : r.sections)
        t.rows.push_back({s.id, one_line(title_text(s.title, s.change != SectionChange::deleted)), change_name(s.change),
                          status_name(s), session_name(s), side_name(s)});
    return t;
}

std::string heading(const Redline& r) { return r.campaign + ": redline"; }
std::string scope(const Redline& r) { return "From " + r.from + " to " + r.to + "."; }

// The length of a list item's marker at the start of `line` ("- ", "12. "),
// after its indent; 0 when it is not one.
std::size_t item_marker(const std::string& line, std::size_t from) {
    if (from + 1 < line.size() && (line[from] == '-' || line[from] == '*' || line[from] == '+') && line[from + 1] == ' ')
        return 2;
    std::size_t d = from;
    while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
    if (d > from && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') return d + 2 - from;
    return 0;
}

// Markdown's ~~ and ** only mark text that starts and ends at a word's
// edge: "employee**,**" shows its asterisks. So in Markdown a change glued
// to a letter or digit takes the whole word on both sides: "~~employee~~
// **employee,**". Each side still reads as its version.
std::vector<DiffRun> whole_words(std::vector<DiffRun> runs) {
    auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    // Only a letter or digit glued to a mark stops it marking: "**2019**,"
    // is marked, "employee**,**" is not.
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
    std::vector<DiffRun> out;
    for (std::size_t i = 0; i < runs.size();) {
        if (runs[i].kind == DiffRun::Kind::same) {
            out.push_back(runs[i++]);
            continue;
        }
        std::string del, ins;
        for (; i < runs.size() && runs[i].kind != DiffRun::Kind::same; ++i)
            (runs[i].kind == DiffRun::Kind::deleted ? del : ins) += runs[i].text;
        // A deleted space alone is folded into the change, so the change
        // starts where the inserted words do.
        auto only_space = [&](const std::string& t) { return std::all_of(t.begin(), t.end(), space); };
        const std::string& first = del.empty() || (only_space(del) && !ins.empty()) ? ins : del;
        if (!out.empty() && out.back().kind == DiffRun::Kind::same && !out.back().text.empty() &&
            letter(out.back().text.back()) && !first.empty() && !space(first.front())) {
            std::string& before = out.back().text;
            std::size_t cut = before.size();
            while (cut > 0 && !space(before[cut - 1])) --cut;
            std::string word = before.substr(cut);
            before.erase(cut);
            del = word + del;
            ins = word + ins;
            if (before.empty()) out.pop_back();
        }
        const std::string& last = ins.empty() || (only_space(ins) && !del.empty()) ? del : ins;
        if (i < runs.size() && !runs[i].text.empty() && letter(runs[i].text.front()) && !last.empty() && !space(last.back())) {
            std::string& after = runs[i].text;
            std::size_t cut = 0;
            while (cut < after.size() && !space(after[cut])) ++cut;
            del += after.substr(0, cut);
            ins += after.substr(0, cut);
            after.erase(0, cut);
        }
        if (!del.empty()) out.push_back({DiffRun::Kind::deleted, del});
        if (!ins.empty()) out.push_back({DiffRun::Kind::inserted, ins});
        if (i < runs.size() && runs[i].text.empty()) ++i;
    }
    return out;
}

// Marks each line of `text` apart, whitespace and a list item's marker
// outside the marks: Markdown reads "** new**", "**- item**" and a mark
// across a blank line as plain asterisks.
std::string marked_lines(const std::string& text, const std::string& open, const std::string& close) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        std::size_t a = line.find_first_not_of(" \t"), b = line.find_last_not_of(" \t");
        if (a != std::string::npos && (start == 0 || text[start - 1] == '\n')) a += item_marker(line, a);
        if (a == std::string::npos || a > b) out += line;
        else out += line.substr(0, a) + open + line.substr(a, b - a + 1) + close + line.substr(b + 1);
        if (nl == std::string::npos) break;
        out += '\n';
        start = nl + 1;
    }
    return out;
}

std::string runs_marked(const std::vector<DiffRun>& runs, const char* del_open, const char* del_close,
                        const char* ins_open, const char* ins_close, bool per_line) {
    std::string out;
    for (const DiffRun& r : runs) {
        switch (r.kind) {
            case DiffRun::Kind::same: out += r.text; break;
            case DiffRun::Kind::deleted:
                out += per_line ? marked_lines(r.text, del_open, del_close) : del_open + r.text + del_close;
                break;
            case DiffRun::Kind::inserted:
                out += per_line ? marked_lines(r.text, ins_open, ins_close) : ins_open + r.text + ins_close;
                break;
        }
    }
    return out;
}

// A line that starts a list item keeps its own line in HTML.
bool starts_item(const std::string& rest) {
    std::size_t i = rest.find_first_not_of(' ');
    if (i == std::string::npos) return false;
    if ((rest[i] == '-' || rest[i] == '*') && i + 1 < rest.size() && rest[i + 1] == ' ') return true;
    std::size_t d = i;
    while (d < rest.size() && rest[d] >= '0' && rest[d] <= '9') ++d;
    return d > i && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') && rest[d + 1] == ' ';
}

// The body as HTML paragraphs, each run's words inside <del> or <ins>. A
// tag never spans a paragraph break; a deleted break shows as a struck ¶.
std::string body_html(const std::vector<DiffRun>& runs, const std::string& side_class) {
    std::string all;  // the newer text, to see what follows a line break
    for (const DiffRun& r : runs)
        if (r.kind != DiffRun::Kind::deleted) all += r.text;
    std::string out = "<p>";
    std::size_t at = 0;  // position in `all`
    for (const DiffRun& r : runs) {
        const char* tag = r.kind == DiffRun::Kind::deleted ? "del" : r.kind == DiffRun::Kind::inserted ? "ins" : nullptr;
        std::string open = tag ? "<" + std::string(tag) + side_class + ">" : "", close = tag ? "</" + std::string(tag) + ">" : "";
        std::size_t start = 0;
        while (start < r.text.size()) {
            std::size_t nl = r.text.find('\n', start);
            std::string piece = r.text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
            if (!piece.empty()) out += open + xml_text(piece) + close;
            if (r.kind != DiffRun::Kind::deleted) at += piece.size();
            if (nl == std::string::npos) break;
            std::size_t end = r.text.find_first_not_of('\n', nl);
            if (end == std::string::npos) end = r.text.size();
            std::size_t breaks = end - nl;
            if (r.kind == DiffRun::Kind::deleted) {
                out += open + " &para; " + close;
            } else {
                at += breaks;
                if (breaks >= 2) out += "</p>\n<p>";
                else if (starts_item(all.substr(at, 8))) out += "<br>\n";
                else out += "\n";
            }
            start = end;
        }
    }
    out += "</p>\n";
    // Empty paragraphs (a body that ends in a break) say nothing.
    std::string cleaned;
    for (std::size_t p = 0;;) {
        std::size_t q = out.find("<p></p>\n", p);
        cleaned += out.substr(p, q == std::string::npos ? std::string::npos : q - p);
        if (q == std::string::npos) break;
        p = q + 8;
    }
    return cleaned;
}

// A body with each paragraph on one line (a list item on its own), spaces
// single: how the lines of a paragraph are broken is the editor's, not the
// contract's, and a redline must not strike a re-wrapped line.
std::string reflowed(const std::string& body) {
    std::string out;
    std::size_t start = 0;
    bool blank_before = true;
    while (start < body.size()) {
        std::size_t nl = body.find('\n', start);
        std::string line = body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        start = nl == std::string::npos ? body.size() : nl + 1;
        std::string words;
        for (char ch : line) {
            if (ch == '\t') ch = ' ';
            if (ch == ' ' && (words.empty() || words.back() == ' ')) continue;
            words += ch;
        }
        while (!words.empty() && words.back() == ' ') words.pop_back();
        if (words.empty()) {
            if (!blank_before) out += "\n";
            blank_before = true;
            continue;
        }
        if (!out.empty()) out += blank_before ? "\n" : (starts_item(line) ? "\n" : " ");
        out += words;
        blank_before = false;
    }
    return out.empty() ? out : out + "\n";
}

const SectionLanguage* latest_language(const ContractHistory& h, const std::string& id, std::size_t sessions) {
    const SectionLanguage* out = nullptr;
    for (const SectionLanguage& l : h.language)
        if (l.session < sessions && l.id == id) out = &l;
    return out;
}

}  // namespace

std::variant<Redline, Diagnostic> redline(const Campaign& campaign, const ContractHistory& h, const NamedPoint& from,
                                          const NamedPoint& to, const std::string& article, bool by_side) {
    Redline r;
    r.campaign = campaign.info.name;
    r.from = from.shown;
    r.to = to.shown;
    r.by_side = by_side;
    ContractVersion a = contract_version(h, from.point), b = contract_version(h, to.point);

    std::vector<std::string> articles;  // each file's first section's title
    for (const ContractFile& f : h.contract.files) articles.push_back(f.sections.empty() ? f.name : f.sections[0].title);
    std::set<std::string> wanted;
    if (!article.empty()) {
        std::vector<std::string> known;
        std::optional<std::size_t> file;
        for (std::size_t i = 0; i < h.contract.files.size(); ++i)
            if (!h.contract.files[i].sections.empty() && h.contract.files[i].sections[0].id == article) file = i;
        for (const ContractVersion* v : {&a, &b})
            for (const VersionSection& s : v->sections) {
                known.push_back(s.id);
                if (file ? s.file == *file : s.id == article) wanted.insert(s.id);
            }
        if (wanted.empty())
            return Diagnostic{"", 0, 0, "--article: the contract has no article or section '" + article + "'",
                              suggestion(article, known)};
    }

    auto add = [&](const VersionSection* o, const VersionSection* n) {
        const VersionSection& s = n ? *n : *o;
        if (!wanted.empty() && !wanted.count(s.id)) return;
        bool was = o && o->present, is = n && n->present;
        if (!was && !is) return;
        const bool same = was && is && o->title == n->title && reflowed(o->body) == reflowed(n->body) && o->level == n->level;
        if (same && !(n->by && n->by != o->by)) return;
        RedlineSection out;
        out.id = s.id;
        out.article = articles[s.file];
        out.level = s.level;
        out.change = same           ? SectionChange::unchanged
                     : was && is    ? SectionChange::changed
                     : is           ? SectionChange::added
                                    : SectionChange::deleted;
        out.title = word_diff(was ? o->title : "", is ? n->title : "");
        out.body = word_diff(was ? reflowed(o->body) : "", is ? reflowed(n->body) : "");
        // Whose doing the newer version is: its language's proposal, or, for
        // a section back to the current text, the latest proposal on it up to
        // then (a withdrawal), never the older version's.
        out.by = n && n->by ? n->by : latest_language(h, s.id, to.point.sessions);
        out.session = out.by ? &h.sessions[out.by->session] : nullptr;
        r.sections.push_back(std::move(out));
    };
    for (const VersionSection& n : b.sections) add(a.find(n.id), &n);
    for (const VersionSection& o : a.sections)
        if (!b.find(o.id)) add(&o, nullptr);
    return r;
}

bool Redline::any_changed() const {
    for (const RedlineSection& s : sections)
        if (s.change != SectionChange::unchanged) return true;
    return false;
}

std::string redline_text(const Redline& r) {
    std::string out = one_line(heading(r)) + "\n" + one_line(scope(r)) + "\n";
    if (r.sections.empty()) return out + "\nNo section differs.\n";
    if (!r.any_changed()) return out + "\nNo section's text differs.\n\n" + text_table(summary(r));
    out += "Deleted words are [-struck-], inserted words {+added+}.\n\n" + text_table(summary(r));
    for (const RedlineSection& s : r.sections) {
        if (s.change == SectionChange::unchanged) continue;
        out += "\n" + one_line(runs_marked(s.title, "[-", "-]", "{+", "+}", false)) + " (" + s.id + "): " + standing(s) + "\n";
        if (!s.body.empty()) {
            std::string body = wrap_text(runs_marked(s.body, "[-", "-]", "{+", "+}", false), 78);
            out += "\n" + body + (body.ends_with('\n') ? "" : "\n");
        }
    }
    return out;
}

std::string redline_markdown(const Redline& r) {
    std::string out = "# " + markdown_text(heading(r)) + "\n\n" + markdown_text(scope(r)) + "\n";
    if (r.sections.empty()) return out + "\nNo section differs.\n";
    if (!r.any_changed()) return out + "\nNo section's text differs.\n\n" + markdown_table(summary(r));
    out += "Deleted words are ~~struck~~, inserted words **bold**.\n\n" + markdown_table(summary(r));
    for (const RedlineSection& s : r.sections) {
        if (s.change == SectionChange::unchanged) continue;
        out += "\n## " + runs_marked(whole_words(s.title), "~~", "~~", "**", "**", true) + " (" + markdown_text(s.id) + ")\n\n*" +
               markdown_text(standing(s)) + "*\n";
        if (!s.body.empty()) out += "\n" + runs_marked(whole_words(s.body), "~~", "~~", "**", "**", true);
    }
    return out;
}

std::string redline_html(const Redline& r) {
    std::string body = "<p class=\"note\">" + xml_text(scope(r)) + "</p>\n";
    if (r.sections.empty()) return contract_page(heading(r), body + "<p>No section differs.</p>\n", "");
    if (r.any_changed())
        body += "<p class=\"note\">Deleted words are <del>struck through</del>, inserted words <ins>underlined</ins>" +
            std::string(r.by_side ? "; each change is shaded by the side that proposed it, and says so above it" : "") +
            ".</p>\n";
    body += "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Sections\">\n<table>\n"
            "<caption>The sections that differ or were bargained over, in the contract's order</caption>\n<thead><tr>";
    Table t = summary(r);
    for (const TableColumn& c : t.columns) body += "<th scope=\"col\">" + xml_text(c.header.value_or("")) + "</th>";
    body += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        // An unchanged section has no text below: its row is its place.
        const std::string& id = r.sections[i].id;
        if (r.sections[i].change == SectionChange::unchanged)
            body += "<tr id=\"rl-" + xml_text(id) + "\"><th scope=\"row\">" + xml_text(t.rows[i][0]) + "</th>";
        else
            body += "<tr><th scope=\"row\"><a href=\"#rl-" + xml_text(id) + "\">" + xml_text(t.rows[i][0]) + "</a></th>";
        for (std::size_t j = 1; j < t.rows[i].size(); ++j) body += "<td>" + xml_text(t.rows[i][j]) + "</td>";
        body += "</tr>\n";
    }
    body += "</tbody>\n</table>\n</div>\n";
    if (!r.any_changed()) body += "<p>No section's text differs.</p>\n";
    for (const RedlineSection& s : r.sections) {
        if (s.change == SectionChange::unchanged) continue;
        std::string side = r.by_side && !side_name(s).empty() ? " class=\"by-" + side_name(s) + "\"" : "";
        body += "<section aria-labelledby=\"rl-" + xml_text(s.id) + "\">\n<h2 id=\"rl-" + xml_text(s.id) + "\">";
        for (const DiffRun& run : s.title) {
            const char* tag = run.kind == DiffRun::Kind::deleted ? "del" : run.kind == DiffRun::Kind::inserted ? "ins" : nullptr;
            body += tag ? "<" + std::string(tag) + side + ">" + xml_text(run.text) + "</" + tag + ">" : xml_text(run.text);
        }
        body += " <span class=\"id\">(" + xml_text(s.id) + ")</span></h2>\n<p class=\"status\">" + xml_text(standing(s)) +
                "</p>\n";
        if (!s.body.empty()) body += body_html(s.body, side);
        body += "</section>\n";
    }
    const std::string css =
        "del { text-decoration: line-through; text-decoration-thickness: 2px; color: #8a1010; }\n"
        "ins { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; color: #0b5a1e; }\n"
        // Screen readers do not announce <del> and <ins> by default.
        "del::before, del::after, ins::before, ins::after { clip-path: inset(100%); clip: rect(1px, 1px, 1px, 1px); "
        "height: 1px; width: 1px; overflow: hidden; position: absolute; white-space: nowrap; }\n"
        "del::before { content: \" [deletion start] \"; } del::after { content: \" [deletion end] \"; }\n"
        "ins::before { content: \" [insertion start] \"; } ins::after { content: \" [insertion end] \"; }\n"
        ".by-union { background: #e3ecfa; } .by-employer { background: #fbeedd; }\n"
        ".status { font-style: italic; margin-top: 0; } .id { font-weight: normal; font-size: 0.85em; }\n"
        "section { break-inside: auto; }\n"
        "@media print { del { color: #000; } ins { color: #000; } }\n";
    return contract_page(heading(r), body, css);
}

}  // namespace bargain
