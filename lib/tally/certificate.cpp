#include "tally/certificate.h"

#include <fmt/format.h>

#include "core/text.h"
#include "io/svg.h"
#include "text/ap_style.h"
#include "text/report_table.h"
#include "text/report_text.h"
#include "text/text_wrap.h"
#include "tally/rule_working.h"
#include "tally/uk_statement.h"

namespace bargain {

// The certificate is laid out once, as a Sheet of sections of paragraphs
// and tables, and each format renders the Sheet: the text a committee
// prints, the Markdown a repository shows and the HTML page can then never
// say different things.

namespace {

struct Block {
    std::string paragraph;  // or, when empty, the table
    Table table;
    std::string caption;  // the table's, for readers of HTML and Markdown
    // Our own sentence, whose `backticks` mark a command; in any other
    // paragraph (a warning quoting a file) a backtick is only a backtick.
    bool marks_code = false;
};

struct Section {
    std::string heading;
    std::vector<Block> blocks;
};

struct Sheet {
    std::string title;       // the heading
    std::string page_title;  // the HTML page's, which names the vote
    std::vector<Section> sections;
    std::vector<std::string> signers;  // "" for a blank line to write a name on
};

Block paragraph(std::string text) { return Block{std::move(text), {}, {}, false}; }
Block with_commands(std::string text) { return Block{std::move(text), {}, {}, true}; }
Block table(Table t, std::string caption) { return Block{"", std::move(t), std::move(caption), false}; }

std::string number(long long n) { return with_commas(n); }

std::string upper(std::string s) {
    for (char& ch : s)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    return s;
}

std::string step_result(const RuleStep& s) {
    if (s.condition) return s.met ? "holds" : "does not hold";
    return s.met ? "met" : "not met";
}

Table rule_table(const Rule& rule, const Totals& t) {
    Table out{{{"requirement", Align::left}, {"arithmetic", Align::left}, {"", Align::left}}, {}};
    for (const RuleStep& s : rule_working(rule, t)) out.rows.push_back({s.clause, s.arithmetic, step_result(s)});
    return out;
}

// With --by-unit each unit is decided on its own counts: its working, the
// unit named on its first line.
Table units_rule_table(const Rule& rule, const std::vector<Decision>& units) {
    Table out{{{"unit", Align::left}, {"requirement", Align::left}, {"arithmetic", Align::left}, {"", Align::left}},
              {}};
    for (const Decision& u : units) {
        if (u.counts_withheld) {  // the arithmetic would show the counts
            out.rows.push_back({u.unit, rule.text(), "not shown, as its counts are not",
                               u.outcome == Outcome::carried  ? "met"
                               : u.outcome == Outcome::failed ? "not met"
                                                              : "undetermined"});
            continue;
        }
        bool first = true;
        for (const RuleStep& s : rule_working(rule, decision_totals(u))) {
            out.rows.push_back({first ? u.unit : "", s.clause, s.arithmetic, step_result(s)});
            first = false;
        }
    }
    return out;
}

Table votes_table(const Decision& d, const Rule& rule) {
    const AnswerCounts& a = d.counts;
    Table t{{{std::nullopt, Align::left}, {"votes", Align::figures}, {"share", Align::figures}}, {}};
    auto share = [&](long long n) { return a.valid() > 0 ? ratio_text(n * 100, a.valid(), 1) + "% of valid" : ""; };
    std::string turnout = turnout_percent(a, d.eligible, rule);
    t.rows = {{"Yes", number(a.yes), share(a.yes)},
              {"No", number(a.no), share(a.no)},
              {"Abstain", number(a.abstain), ""},
              {"Blank", number(a.blank), ""},
              {"Void (spoiled)", number(a.spoiled), ""},
              {"Valid (yes and no)", number(a.valid()), ""},
              {"Cast", number(a.cast()), turnout.empty() ? "" : turnout + " of " + number(*d.eligible) + " eligible"}};
    return t;
}

// Whether the sealed ballots could change the result, with the counts it
// was judged on: all of them yes, then all of them no (each also one more
// eligible, since they are not on the roster), as decision.cpp judges.
std::vector<Block> challenge_blocks(const Decision& d, const Rule& rule) {
    if (d.challenged == 0) return {paragraph("No ballots were challenged.")};
    std::string n = number(d.challenged);
    std::vector<Block> out;
    out.push_back(paragraph(
        fmt::format("{} challenged and sealed, not opened or counted. The margin between yes and no is {}. "
                    "Counted all as yes and then all as no:",
                    plural(d.challenged, "ballot was", "ballots were"),
                    number(d.counts.yes > d.counts.no ? d.counts.yes - d.counts.no : d.counts.no - d.counts.yes))));
    Table t{{{"if the challenged ballots were", Align::left}, {"arithmetic", Align::left},
             {"result", Align::left}},
            {}};
    for (bool yes : {true, false}) {
        Totals x = with_challenged(d, yes);
        std::vector<std::string> parts;
        for (const RuleStep& s : rule_working(rule, x)) parts.push_back(s.arithmetic + " (" + step_result(s) + ")");
        t.rows.push_back({"all " + n + (yes ? " yes" : " no"), join_present(parts, "; "),
                          rule.carried(x) ? "carried" : "failed"});
    }
    out.push_back(table(std::move(t), "The result with the challenged ballots counted each way"));
    out.push_back(paragraph(d.determinative_challenges
                                ? "The challenged ballots are determinative: the result is undetermined until they "
                                  "are resolved."
                                : "The challenged ballots are not determinative: counted either way, the result "
                                  "stands."));
    return out;
}

// TULRCA 1992 s.231 (uk_statement.h), in its order and words.
Table uk_table(const UkStatement& s) {
    Table t{{{std::nullopt, Align::left}, {"statement", Align::left}, {"", Align::figures}}, {}};
    auto yes_no = [](bool b) { return b ? "yes" : "no"; };
    t.rows = {{"(a)", "the number of individuals who were entitled to vote in the ballot", number(s.entitled)},
              {"(b)", "the number of votes cast in the ballot", number(s.cast)},
              {"(c)", "the number of individuals answering \"Yes\" to the question", number(s.yes)},
              {"(d)", "the number of individuals answering \"No\" to the question", number(s.no)},
              {"(e)", "the number of spoiled or otherwise invalid voting papers returned", number(s.invalid)},
              {"(f)", "whether the number of votes cast is at least 50% of the number entitled to vote",
               yes_no(s.half_turned_out)}};
    if (s.forty_percent)
        t.rows.push_back({"(g)",
                          "whether the number answering \"Yes\" is at least 40% of the number entitled to vote "
                          "(section 226(2B) applies)",
                          yes_no(*s.forty_percent)});
    return t;
}

std::string outcome_word(Outcome o) { return upper(outcome_name(o)); }

Section question_section(const Certificate& c, const QuestionDecision& q, bool several) {
    const TallyReport& r = *c.tally;
    std::string text = q.text.empty() ? c.question : q.text;
    Section s{several ? "Question " + q.id : "Result", {}};
    if (several && !text.empty()) s.blocks.push_back(paragraph(text));
    s.blocks.push_back(paragraph(outcome_word(q.overall.outcome) + ": " + question_sentence(q, r.rule) + "."));
    s.blocks.push_back(table(votes_table(q.overall, r.rule), q.units.empty() ? "The votes" : "The whole vote's votes"));
    const std::string rule = "The rule: " + r.rule.name + ": " + r.rule.text() +
                             ". It is decided by whole numbers, each side multiplied out, never by rounded percentages";
    if (q.units.empty()) {
        s.blocks.push_back(paragraph(rule + ":"));
        s.blocks.push_back(table(rule_table(r.rule, decision_totals(q.overall)), "The rule's arithmetic"));
        for (Block& b : challenge_blocks(q.overall, r.rule)) s.blocks.push_back(std::move(b));
    } else {
        Table t{{{"unit", Align::left}, {"eligible", Align::figures}, {"cast", Align::figures},
                 {"yes", Align::figures}, {"no", Align::figures}, {"challenged", Align::figures},
                 {"result", Align::left}},
                {}};
        bool withheld = false;
        for (const Decision& u : q.units) {
            withheld = withheld || u.counts_withheld;
            auto shown = [&](long long n) { return u.counts_withheld ? std::string("not shown") : number(n); };
            t.rows.push_back({u.unit, u.eligible ? number(*u.eligible) : "-", shown(u.counts.cast()),
                              shown(u.counts.yes), shown(u.counts.no), number(u.challenged), outcome_name(u.outcome)});
        }
        s.blocks.push_back(paragraph("By unit: each unit is decided on its own counts, and the vote carries only if "
                                     "it carries in every unit."));
        s.blocks.push_back(table(std::move(t), "Each unit's count and result"));
        if (withheld) {
            s.blocks.push_back(paragraph("Some units' counts are not shown, to keep the ballot secret; their "
                                         "ballots are in the whole vote's counts, and bargain verify recounts them:"));
            for (const Decision& u : q.units)
                if (u.counts_withheld) s.blocks.push_back(paragraph("Unit " + u.unit + ": " + *u.counts_withheld + "."));
        }
        s.blocks.push_back(paragraph(rule + ", in each unit:"));
        s.blocks.push_back(table(units_rule_table(r.rule, q.units), "The rule's arithmetic in each unit"));
        for (const Decision& u : q.units) {
            if (u.challenged == 0) continue;
            s.blocks.push_back(paragraph("In unit " + u.unit + ":"));
            if (u.counts_withheld) {  // whether they could decide it, without the arithmetic on its counts
                s.blocks.push_back(paragraph(
                    plural(u.challenged, "ballot was", "ballots were") + " challenged and sealed, not opened or "
                    "counted. " + (u.determinative_challenges
                                       ? (u.challenged == 1 ? std::string("Counted as yes or as no, it could change "
                                                                          "its result: it is undetermined until it "
                                                                          "is resolved.")
                                                            : std::string("Counted all as yes or all as no, they "
                                                                          "could change its result: it is "
                                                                          "undetermined until they are resolved."))
                                       : std::string("Counted either way, its result stands.")) +
                    " The arithmetic is not shown, as its counts are not."));
                continue;
            }
            for (Block& b : challenge_blocks(u, r.rule)) s.blocks.push_back(std::move(b));
        }
    }
    if (auto uk = uk_statement(q.overall, r.rule)) {
        s.blocks.push_back(paragraph("As the Trade Union and Labour Relations (Consolidation) Act 1992, section 231, "
                                     "requires:"));
        s.blocks.push_back(table(uk_table(*uk), "The result under section 231"));
    }
    return s;
}

std::string electorate_source(const Certificate& c) {
    const TallyReport& r = *c.tally;
    if (r.roster) return "the roster, " + c.roster_path;
    if (r.options.eligible_from == "members") return "the members the campaign declares for each unit";
    if (r.options.eligible_from == "eligible") return "given as a number";
    return "not known";
}

Section ballots_section(const Certificate& c) {
    const TallyReport& r = *c.tally;
    const Count& n = r.count;
    Section s{"Electorate and ballots", {}};
    Table t{{{std::nullopt, Align::left}, {"number", Align::figures}, {"", Align::left}}, {}};
    std::optional<long long> eligible = r.questions.empty() ? n.eligible : r.questions.front().overall.eligible;
    t.rows.push_back({"Entitled to vote", eligible ? number(*eligible) : "-", electorate_source(c)});
    if (n.from_totals) {
        t.rows.push_back({"Counted from", "", "a vendor's published totals: no ballots to set aside or challenge"});
    } else {
        long long counted = n.received - n.duplicate - n.outside_window - n.not_on_roster - n.challenged;
        t.rows.push_back({"Ballot records received", number(n.received), ""});
        t.rows.push_back({"Set aside: a voter's other ballots", number(n.duplicate),
                          r.options.duplicates == "last" ? "the last ballot of a voter counts" : "the first ballot of a voter counts"});
        t.rows.push_back({"Set aside: outside the voting window", number(n.outside_window), ""});
        t.rows.push_back({"Set aside: not on the roster", number(n.not_on_roster), ""});
        t.rows.push_back({"Challenged (sealed, not counted)", number(n.challenged), ""});
        t.rows.push_back({"Counted", number(counted), ""});
    }
    s.blocks.push_back(table(std::move(t), "Who could vote, and what became of each ballot"));
    return s;
}

Section inputs_section(const Certificate& c) {
    const TallyReport& r = *c.tally;
    Section s{"Files counted", {}};
    Table t{{{"file", Align::left}, {"what", Align::left}, {"records", Align::figures},
             {"sha256", Align::left}},
            {}};
    for (std::size_t i = 0; i < r.inputs.size(); ++i) {
        const InputSummary& in = r.inputs[i];
        t.rows.push_back({i < c.input_paths.size() ? c.input_paths[i] : in.path, in.totals ? "totals" : "ballots",
                          number(in.records), in.sha256});
    }
    if (r.roster) t.rows.push_back({c.roster_path, "roster", number(r.roster->records), r.roster->sha256});
    if (c.audit) t.rows.push_back({c.audit->path, "audit", number(c.audit->records), c.audit->sha256});
    s.blocks.push_back(paragraph("A file whose sha256 differs is not the file that was counted."));
    s.blocks.push_back(table(std::move(t), "Every file the count read, with its sha256"));
    return s;
}

Section options_section(const Certificate& c) {
    Section s{"Counted with", {}};
    Table t{{{std::nullopt, Align::left}, {"", Align::left}}, {}};
    for (const auto& [label, value] : count_record_rows(c.tally->options)) t.rows.push_back({label, value});
    t.rows.push_back({"program", "bargain " + c.version});
    s.blocks.push_back(table(std::move(t), "The options the count was made with"));
    s.blocks.push_back(with_commands("Anyone can recount this result from the files above: `bargain verify` reads the "
                                 "JSON certificate (`tally --certificate FILE.json`), checks every file's sha256, "
                                 "counts again with these options and compares every number."));
    return s;
}

Sheet sheet_of(const Certificate& c) {
    const TallyReport& r = *c.tally;
    Sheet sheet;
    sheet.title = "Certificate of the result";
    sheet.page_title = sheet.title + (c.vote.empty() ? "" : ": " + c.vote);
    Section about{"", {}};
    Table t{{{std::nullopt, Align::left}, {"", Align::left}}, {}};
    if (!c.vote.empty()) t.rows.push_back({"Vote", c.vote});
    if (!c.question.empty()) t.rows.push_back({"Question", c.question});
    t.rows.push_back({"Rule", r.rule.name + ": " + r.rule.text()});
    for (const QuestionDecision& q : r.questions)
        t.rows.push_back({r.questions.size() > 1 ? "Result (" + q.id + ")" : "Result", outcome_word(q.overall.outcome)});
    about.blocks.push_back(table(std::move(t), "The vote"));
    sheet.sections.push_back(std::move(about));
    for (const QuestionDecision& q : r.questions) sheet.sections.push_back(question_section(c, q, r.questions.size() > 1));
    sheet.sections.push_back(ballots_section(c));
    if (!r.warnings.empty()) {
        Section w{"Warnings", {}};
        for (const Diagnostic& d : r.warnings) w.blocks.push_back(paragraph(d.located()));
        sheet.sections.push_back(std::move(w));
    }
    sheet.sections.push_back(inputs_section(c));
    sheet.sections.push_back(options_section(c));
    sheet.signers = c.committee;
    if (sheet.signers.empty()) sheet.signers = {"", "", ""};
    return sheet;
}

// Our own sentences mark commands with backticks: <code> in HTML, code in
// Markdown; everything else in them is escaped for the format.
template <class Plain, class Code>
std::string with_code(const std::string& text, Plain plain, Code code) {
    std::string out;
    bool in_code = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '`') continue;
        std::string part = text.substr(start, i - start);
        out += in_code ? code(part) : plain(part);
        in_code = !in_code;
        start = i + 1;
    }
    return out;
}

std::string html_paragraph(const std::string& text) {
    return with_code(text, [](const std::string& s) { return xml_text(s); },
                     [](const std::string& s) { return "<code>" + xml_text(s) + "</code>"; });
}

std::string markdown_paragraph(const std::string& text) {
    return with_code(text, [](const std::string& s) { return markdown_text(s); },
                     [](const std::string& s) { return "`" + one_line(s) + "`"; });
}

// ---- text ------------------------------------------------------------------

std::string underlined(const std::string& heading, char rule) {
    return one_line(heading) + "\n" + std::string(display_length(one_line(heading)), rule) + "\n";
}

std::string render_text(const Sheet& sheet) {
    std::string out = underlined(upper(sheet.title), '=');
    for (const Section& s : sheet.sections) {
        out += "\n";
        if (!s.heading.empty()) out += underlined(s.heading, '-');
        bool first = true;
        for (const Block& b : s.blocks) {
            if (!first) out += "\n";
            first = false;
            if (!b.paragraph.empty()) out += wrap_text(one_line(b.paragraph)) + "\n";
            else out += text_table(b.table, TextLayout{"  ", b.table.columns.front().header.has_value()});
        }
    }
    out += "\n" + underlined("Election committee", '-');
    out += "We certify that this is the result of the vote, counted as shown above.\n";
    for (const std::string& name : sheet.signers) {
        out += "\n\n  ______________________________    Date: ______________\n";
        out += "  " + (name.empty() ? std::string("Name: ____________________________") : one_line(name)) + "\n";
    }
    return out;
}

// ---- Markdown --------------------------------------------------------------

std::string render_markdown(const Sheet& sheet) {
    std::string out = "# " + markdown_text(sheet.title) + "\n";
    for (const Section& s : sheet.sections) {
        out += "\n";
        if (!s.heading.empty()) out += "## " + markdown_text(s.heading) + "\n\n";
        bool first = true;
        for (const Block& b : s.blocks) {
            if (!first) out += "\n";
            first = false;
            if (!b.paragraph.empty())
                out += (b.marks_code ? markdown_paragraph(b.paragraph) : markdown_text(b.paragraph)) + "\n";
            else out += markdown_table(b.table);
        }
    }
    out += "\n## Election committee\n\nWe certify that this is the result of the vote, counted as shown above.\n";
    for (const std::string& name : sheet.signers)
        out += "\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ Date: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\\n" +
               (name.empty() ? std::string("Name:") : markdown_text(name)) + "\n";
    return out;
}

// ---- HTML ------------------------------------------------------------------

std::string html_table(const Block& b) {
    const Table& t = b.table;
    std::string out = "<table>\n<caption>" + xml_text(b.caption) + "</caption>\n";
    // Every table has a header row for screen readers; a column with no
    // heading of its own gets none.
    out += "<thead><tr>";
    for (const TableColumn& col : t.columns) {
        std::string cls = col.align == Align::figures ? " class=\"n\"" : "";
        out += "<th scope=\"col\"" + cls + ">" + xml_text(col.header.value_or("")) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& row : t.rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            std::string cell = i < row.size() ? xml_text(row[i]) : "";
            bool hash = t.columns[i].header == std::optional<std::string>("sha256");
            if (hash) cell = "<code>" + cell + "</code>";
            if (i == 0) out += "<th scope=\"row\">" + cell + "</th>";
            else out += std::string("<td") + (t.columns[i].align == Align::figures ? " class=\"n\"" : "") + ">" + cell + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

// Printed, the certificate fits one sheet of US Letter or A4 for a vote of
// one question: small type, tight tables, captions for screen readers only
// (the section headings say the same for the eye).
constexpr const char* kStyle = R"(
@page { margin: 12mm 14mm; }
* { box-sizing: border-box; }
body { font: 9.5pt/1.3 "DejaVu Serif", Georgia, serif; color: #111; background: #fff; margin: 0 auto; padding: 1em; max-width: 52em; }
h1 { font-size: 14pt; margin: 0 0 .3em; }
h2 { font-size: 10.5pt; margin: .7em 0 .2em; padding-bottom: .05em; border-bottom: 1px solid #444; }
p { margin: .2em 0; }
table { border-collapse: collapse; margin: .2em 0; min-width: 60%; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { text-align: left; vertical-align: top; padding: 0 .5em .05em 0; border-bottom: 1px solid #ccc; font-weight: normal; }
thead th { font-weight: bold; border-bottom: 1px solid #444; }
tbody th { font-weight: bold; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 7.5pt "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.signatures { display: flex; flex-wrap: wrap; gap: .8em 2em; margin-top: .4em; }
.signature { flex: 1 1 12em; margin-top: 1.8em; border-top: 1px solid #111; padding-top: .1em; }
@media (max-width: 40em) { table { display: block; overflow-x: auto; min-width: 0; } }
@media print { body { font-size: 8.5pt; padding: 0; max-width: none; } section, table { break-inside: avoid; } }
)";

std::string render_html(const Sheet& sheet) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      xml_text(sheet.page_title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
    out += "<h1>" + xml_text(sheet.title) + "</h1>\n";
    for (const Section& s : sheet.sections) {
        out += "<section>\n";
        if (!s.heading.empty()) out += "<h2>" + xml_text(s.heading) + "</h2>\n";
        for (const Block& b : s.blocks)
            out += !b.paragraph.empty()
                       ? "<p>" + (b.marks_code ? html_paragraph(b.paragraph) : xml_text(b.paragraph)) + "</p>\n"
                       : html_table(b);
        out += "</section>\n";
    }
    out += "<section>\n<h2>Election committee</h2>\n<p>We certify that this is the result of the vote, counted as "
           "shown above.</p>\n<div class=\"signatures\">\n";
    for (const std::string& name : sheet.signers)
        out += "<div class=\"signature\">" + (name.empty() ? std::string("Name") : xml_text(name)) +
               "<br>Signature and date</div>\n";
    out += "</div>\n</section>\n</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace

std::string certificate_text(const Certificate& c) { return render_text(sheet_of(c)); }
std::string certificate_markdown(const Certificate& c) { return render_markdown(sheet_of(c)); }
std::string certificate_html(const Certificate& c) { return render_html(sheet_of(c)); }

std::string certificate_json(const Certificate& c) {
    const TallyReport& r = *c.tally;
    Document report = tally_document(r);
    auto copy = [&](const char* key) { return *report.find(key); };
    Document inputs = Document::array();
    for (std::size_t i = 0; i < r.inputs.size(); ++i) {
        const InputSummary& in = r.inputs[i];
        inputs.push(Document::object()
                        .set("path", Document::string(i < c.input_paths.size() ? c.input_paths[i] : in.path))
                        .set("sha256", Document::string(in.sha256))
                        .set("records", Document::integer(in.records))
                        .set("kind", Document::string(in.totals ? "totals" : "ballots")));
    }
    Document roster;
    if (r.roster)
        roster = Document::object()
                     .set("path", Document::string(c.roster_path))
                     .set("sha256", Document::string(r.roster->sha256))
                     .set("voters", Document::integer(r.roster->records));
    Document audit;
    if (c.audit)
        audit = Document::object()
                    .set("path", Document::string(c.audit->path))
                    .set("sha256", Document::string(c.audit->sha256))
                    .set("records", Document::integer(c.audit->records));
    Document committee = Document::array();
    for (const std::string& name : c.committee) committee.push(Document::string(name));
    return Document::object()
        .set("certificate", Document::integer(kCertificateVersion))
        .set("bargain", Document::string(c.version))
        .set("vote", c.vote.empty() ? Document() : Document::string(c.vote))
        .set("question", c.question.empty() ? Document() : Document::string(c.question))
        .set("inputs", std::move(inputs))
        .set("roster", std::move(roster))
        .set("audit", std::move(audit))
        .set("count_options", copy("count_options"))
        .set("received", copy("received"))
        .set("rejected", copy("rejected"))
        .set("challenged", copy("challenged"))
        .set("result", copy("questions"))
        .set("warnings", copy("warnings"))
        .set("committee", std::move(committee))
        .to_json();
}

}  // namespace bargain
