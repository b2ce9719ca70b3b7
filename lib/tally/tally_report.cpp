#include "tally/tally_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/document.h"
#include "text/ap_style.h"
#include "text/report_table.h"
#include "text/report_text.h"

namespace bargain {

namespace {

std::optional<std::string> turnout_ratio(const Decision& d) {
    if (!d.eligible || *d.eligible <= 0) return std::nullopt;
    return ratio_text(d.counts.cast(), *d.eligible, 4);
}

std::string percent(long long part, long long whole, int decimals) {
    return ratio_text(part * 100, whole, decimals) + "%";
}

std::string rule_line(const Rule& rule) {
    std::string text = rule.text();
    return rule.name == text ? text : rule.name + " (" + text + ")";
}

// ", 91% turnout".
std::string turnout_phrase(const AnswerCounts& c, std::optional<long long> eligible, const Rule& rule) {
    std::string turnout = turnout_percent(c, eligible, rule);
    return turnout.empty() ? "" : ", " + turnout + " turnout";
}

}  // namespace

std::string turnout_percent(const AnswerCounts& c, std::optional<long long> eligible, const Rule& rule) {
    if (!eligible || *eligible <= 0) return "";
    return percent(c.cast(), *eligible, rule.has_turnout_threshold() ? 1 : 0);
}

std::string result_sentence(const Decision& d, const Rule& rule) {
    const AnswerCounts& c = d.counts;
    std::string turnout = turnout_phrase(c, d.eligible, rule);
    std::string tally = fmt::format("{} yes, {} no", c.yes, c.no);
    switch (d.outcome) {
        case Outcome::undetermined:
            return fmt::format("{} could decide it ({}); resolve the challenges before announcing",
                               plural(d.challenged, "challenged ballot", "challenged ballots"), tally);
        case Outcome::carried:
            if (c.no == 0 && c.yes > 0) return "approved with no votes against (" + tally + ")" + turnout;
            if (auto m = margin(c.yes, c.no); m && c.yes > c.no)
                return "approved by a " + *m + " margin (" + tally + ")" + turnout;
            return "approved (" + tally + ")" + turnout;
        case Outcome::failed:
            if (c.valid() == 0) return "no valid votes" + turnout;
            if (c.yes == 0) return fmt::format("rejected with no votes in favour ({} no, {} yes){}", c.no, c.yes, turnout);
            if (c.no > c.yes)
                return fmt::format("rejected by a {} margin ({} no, {} yes){}", *margin(c.yes, c.no), c.no, c.yes,
                                   turnout);
            Totals t{c.yes, c.no, c.valid(), c.cast(), d.eligible};
            if (c.no == c.yes) return "a tie (" + tally + ") does not carry: the rule needs " + rule.unmet(t) + turnout;
            return tally + turnout + ", short of the rule: it needs " + rule.unmet(t);
    }
    return "";
}

std::string question_sentence(const QuestionDecision& q, const Rule& rule) {
    if (q.units.empty()) return result_sentence(q.overall, rule);
    const Decision& d = q.overall;
    const AnswerCounts& c = d.counts;
    std::string overall = fmt::format("overall {} yes, {} no", c.yes, c.no) + turnout_phrase(c, d.eligible, rule);
    auto units_where = [&](Outcome o) {
        std::vector<std::string> names;
        for (const Decision& u : q.units)
            if (u.outcome == o) names.push_back(one_line(u.unit));
        return and_list(names);
    };
    switch (d.outcome) {
        case Outcome::carried: return "approved in every unit (" + overall + ")";
        case Outcome::failed:
            return "failed in " + units_where(Outcome::failed) +
                   " (the vote carries only if it carries in every unit; " + overall + ")";
        case Outcome::undetermined:
            return "undetermined in " + units_where(Outcome::undetermined) +
                   ": challenged ballots could decide it; resolve the challenges before announcing (" + overall + ")";
    }
    return "";
}

// ---- text ------------------------------------------------------------------

// "semicolon-separated, UTF-16LE, 3 empty rows skipped": how a file was
// read, when it is not a plain comma-separated UTF-8 file.
static std::string read_as(const InputSummary& in) {
    std::vector<std::string> parts;
    if (in.totals) parts.push_back("totals");
    if (in.yaml) parts.push_back("YAML");
    else if (in.delimiter != ',') parts.push_back(std::string(delimiter_name(in.delimiter)) + "-separated");
    if (in.encoding != TextEncoding::utf8) parts.push_back(encoding_name(in.encoding));
    if (in.empty_rows > 0) parts.push_back(plural(in.empty_rows, "empty row", "empty rows") + " skipped");
    return join_present(parts, ", ");
}

static std::string warning_text(const Diagnostic& d) { return d.located(); }

// A question's votes for people, in text and Markdown: a share of the valid
// votes for yes and no only, the rows below them having none (not an empty
// one).
static Table votes_table(const AnswerCounts& a) {
    Table t{{{std::nullopt, Align::left, 10}, {"votes", Align::figures, 9, 0}, {"share of valid", Align::figures, 6}},
            {}};
    auto share = [&](long long n) { return a.valid() > 0 ? percent(n, a.valid(), 1) : std::string(); };
    t.rows = {{"Yes", std::to_string(a.yes), share(a.yes)},
              {"No", std::to_string(a.no), share(a.no)},
              {"Abstain", std::to_string(a.abstain)},
              {"Blank", std::to_string(a.blank)},
              {"Void", std::to_string(a.spoiled)},
              {"Cast", std::to_string(a.cast())}};
    return t;
}

enum class ForText : bool { no, yes };

// Each unit's count and result, for people. Text marks a number not known
// with "-", where Markdown leaves the cell empty.
//
// Text pads the unit names as it always has, to the most bytes a name
// takes, which gives a name with accents more room than it shows; kept
// so that the report reads the same as before (see the report's notes).
static Table units_table(const QuestionDecision& q, ForText for_text) {
    bool text = for_text == ForText::yes;
    std::string unknown = text ? "-" : "";
    size_t width = 4;
    for (const Decision& u : q.units) width = std::max(width, one_line(u.unit).size());
    auto unit = [&](const std::string& name) { return text ? fmt::format("{:<{}}", name, width) : name; };
    auto figures = [](const char* header, size_t w) { return TableColumn{header, Align::figures, w, 1}; };
    Table t{{{unit("unit"), Align::left, 0}, figures("eligible", 8), figures("cast", 7), figures("yes", 7),
             figures("no", 7), figures("abstain", 7), figures("blank", 7), figures("void", 7), figures("turnout", 8),
             {"result", Align::left, 0}},
            {}};
    for (const Decision& u : q.units) {
        const AnswerCounts& c = u.counts;
        if (u.counts_withheld) {  // its result, and nothing its ballots say
            const std::string mark = "*";  // Markdown's table escapes it
            t.rows.push_back({unit(one_line(u.unit)), u.eligible ? std::to_string(*u.eligible) : unknown, mark, mark,
                              mark, mark, mark, mark, mark, outcome_name(u.outcome)});
            continue;
        }
        t.rows.push_back({unit(one_line(u.unit)), u.eligible ? std::to_string(*u.eligible) : unknown,
                          std::to_string(c.cast()), std::to_string(c.yes), std::to_string(c.no),
                          std::to_string(c.abstain), std::to_string(c.blank), std::to_string(c.spoiled),
                          u.eligible && *u.eligible > 0 ? percent(c.cast(), *u.eligible, 1) : unknown,
                          outcome_name(u.outcome)});
    }
    return t;
}

// Why each unit marked * shows no counts, one line each.
static std::vector<std::string> withheld_notes(const QuestionDecision& q) {
    std::vector<std::string> out;
    for (const Decision& u : q.units)
        if (u.counts_withheld) out.push_back(one_line(u.unit) + ": " + *u.counts_withheld);
    return out;
}

std::string tally_text(const TallyReport& r) {
    const Count& c = r.count;
    std::string out;
    if (c.from_totals)
        out += fmt::format("Tally of a vendor's published totals from {}\n",
                           plural(static_cast<long long>(r.inputs.size()), "file", "files"));
    else
        out += fmt::format("Tally of {} from {}\n", plural(c.received, "ballot record", "ballot records"),
                           plural(static_cast<long long>(r.inputs.size()), "file", "files"));
    for (const InputSummary& in : r.inputs) {
        std::string how = read_as(in);
        out += fmt::format("  {}: {}, sha256 {}{}\n", one_line(in.path),
                           plural(in.records, in.totals ? "row of totals" : "record", in.totals ? "rows of totals" : "records"),
                           in.sha256.substr(0, 16), how.empty() ? "" : " (" + how + ")");
    }
    if (r.roster)
        out += fmt::format("Roster: {}: {}, sha256 {}\n", one_line(r.roster->path),
                           plural(r.roster->records, "voter", "voters"), r.roster->sha256.substr(0, 16));
    long long set_aside = c.duplicate + c.outside_window + c.not_on_roster;
    if (!c.from_totals) {
        out += fmt::format("Set aside: {} ({} duplicate, {} outside the voting window, {} not on the roster)\n",
                           set_aside, c.duplicate, c.outside_window, c.not_on_roster);
        out += fmt::format("Challenged (sealed, not counted): {}\n", c.challenged);
    }
    out += count_record_text(r.options);
    if (!r.warnings.empty()) {
        out += "Warnings:\n";
        for (const Diagnostic& w : r.warnings) out += "  " + one_line(warning_text(w)) + "\n";
    }

    for (const QuestionDecision& q : r.questions) {
        const Decision& d = q.overall;
        const AnswerCounts& a = d.counts;
        out += "\n" + one_line(q.id) + (q.text.empty() || q.text == q.id ? "" : ": " + one_line(q.text)) + "\n";
        out += "  " + ascii_upper(outcome_name(d.outcome)) + ": " + question_sentence(q, r.rule) + ".\n";
        out += "  Rule: " + rule_line(r.rule) + "\n\n";
        Table votes = votes_table(a);
        if (d.eligible && *d.eligible > 0)  // beside the number cast, where Markdown gives it a line
            votes.rows.back().push_back(
                fmt::format("{} turnout of {} eligible", percent(a.cast(), *d.eligible, 1), *d.eligible));
        out += text_table(votes);
        if (r.by_unit) {
            out += "\n  By unit (the vote carries only if it carries in every unit):\n";
            out += text_table(units_table(q, ForText::yes), {.indent = "    "});
            for (const std::string& note : withheld_notes(q)) out += "    * " + note + "\n";
        }
    }
    return out;
}

// ---- markdown --------------------------------------------------------------

std::string tally_markdown(const TallyReport& r) {
    const Count& c = r.count;
    std::string out = "# Tally\n\n";
    out += fmt::format("{} from {}.\n\n", plural(c.received, "ballot record", "ballot records"),
                       plural(static_cast<long long>(r.inputs.size()), "file", "files"));
    out += "| file | records | sha256 | read as |\n|---|---:|---|---|\n";
    for (const InputSummary& in : r.inputs)
        out += fmt::format("| {} | {} | `{}` | {} |\n", markdown_text(in.path), in.records, in.sha256,
                           markdown_text(read_as(in)));
    if (r.roster)
        out += fmt::format("\nRoster: {} ({}), sha256 `{}`.\n", markdown_text(r.roster->path),
                           plural(r.roster->records, "voter", "voters"), r.roster->sha256);
    out += fmt::format(
        "\nSet aside: {} duplicate, {} outside the voting window, {} not on the roster. Challenged (sealed): {}.\n",
        c.duplicate, c.outside_window, c.not_on_roster, c.challenged);
    {
        std::string block = count_record_text(r.options);
        out += "\n**Counted with:**\n\n";
        std::size_t at = block.find('\n') + 1;  // after the heading
        while (at < block.size()) {
            std::size_t end = block.find('\n', at);
            std::string line(block.substr(at, end - at));
            std::size_t colon = line.find(':');
            std::string label = std::string(trim(line.substr(0, colon)));
            std::string value = std::string(trim(line.substr(colon + 1)));
            out += "- " + markdown_text(label) + ": " + markdown_text(value) + "\n";
            at = end + 1;
        }
    }
    if (!r.warnings.empty()) {
        out += "\n**Warnings:**\n\n";
        for (const Diagnostic& w : r.warnings) out += "- " + markdown_text(warning_text(w)) + "\n";
    }

    for (const QuestionDecision& q : r.questions) {
        const Decision& d = q.overall;
        const AnswerCounts& a = d.counts;
        out += "\n## " + markdown_text(q.id) + (q.text.empty() || q.text == q.id ? "" : ": " + markdown_text(q.text)) + "\n\n";
        out += "**" + capitalized(outcome_name(d.outcome)) + "**: " + markdown_text(question_sentence(q, r.rule)) +
               ".\n\n";
        out += "Rule: " + markdown_text(rule_line(r.rule)) + ".\n\n";
        out += markdown_table(votes_table(a));
        if (d.eligible && *d.eligible > 0)
            out += fmt::format("\nTurnout: {} of {} eligible.\n", percent(a.cast(), *d.eligible, 1), *d.eligible);
        if (r.by_unit) {
            out += "\nBy unit (the vote carries only if it carries in every unit):\n\n";
            out += markdown_table(units_table(q, ForText::no));
            std::vector<std::string> notes = withheld_notes(q);
            if (!notes.empty()) out += "\nCounts marked \\* are not shown:\n\n";
            for (const std::string& note : notes) out += "- " + markdown_text(note) + "\n";
        }
    }
    return out;
}

// ---- json and yaml ---------------------------------------------------------

namespace {

void decision_fields(Document& o, const Decision& d) {
    const AnswerCounts& a = d.counts;
    if (d.counts_withheld) {  // the same keys, so a reader finds them empty, not missing
        o.set("eligible", d.eligible ? Document::integer(*d.eligible) : Document());
        for (const char* key : {"cast", "valid", "yes", "no", "abstain", "blank", "void", "turnout"}) o.set(key, Document());
        o.set("result", Document::string(outcome_name(d.outcome)));
        o.set("determinative_challenges", Document::boolean(d.determinative_challenges));
        o.set("counts_withheld", Document::string(*d.counts_withheld));
        return;
    }
    o.set("eligible", d.eligible ? Document::integer(*d.eligible) : Document());
    o.set("cast", Document::integer(a.cast()));
    o.set("valid", Document::integer(a.valid()));
    o.set("yes", Document::integer(a.yes));
    o.set("no", Document::integer(a.no));
    o.set("abstain", Document::integer(a.abstain));
    o.set("blank", Document::integer(a.blank));
    o.set("void", Document::integer(a.spoiled));
    auto t = turnout_ratio(d);
    o.set("turnout", t ? Document::number(*t) : Document());
    o.set("result", Document::string(outcome_name(d.outcome)));
    o.set("determinative_challenges", Document::boolean(d.determinative_challenges));
    if (auto m = margin(a.yes, a.no)) o.set("margin", Document::string(*m));
}

}  // namespace

Document tally_document(const TallyReport& r) {
    Document root = Document::object();
    Document inputs = Document::array();
    for (const InputSummary& in : r.inputs)
        inputs.push(Document::object()
                        .set("path", Document::string(in.path))
                        .set("sha256", Document::string(in.sha256))
                        .set("records", Document::integer(in.records))
                        .set("kind", Document::string(in.totals ? "totals" : "ballots"))
                        .set("format", Document::string(in.yaml ? "yaml" : "csv"))
                        .set("delimiter", in.yaml ? Document() : Document::string(delimiter_name(in.delimiter)))
                        .set("encoding", Document::string(encoding_name(in.encoding)))
                        .set("empty_rows_skipped", Document::integer(in.empty_rows)));
    root.set("inputs", std::move(inputs));
    if (r.roster)
        root.set("roster", Document::object()
                               .set("path", Document::string(r.roster->path))
                               .set("sha256", Document::string(r.roster->sha256))
                               .set("voters", Document::integer(r.roster->records)));
    else
        root.set("roster", Document());
    const Count& c = r.count;
    root.set("received", Document::integer(c.received));
    root.set("rejected", Document::object()
                             .set("duplicate", Document::integer(c.duplicate))
                             .set("outside-window", Document::integer(c.outside_window))
                             .set("not-on-roster", Document::integer(c.not_on_roster)));
    root.set("challenged", Document::integer(c.challenged));
    Document questions = Document::array();
    for (const QuestionDecision& q : r.questions) {
        Document o = Document::object();
        o.set("id", Document::string(q.id));
        o.set("text", q.text.empty() ? Document() : Document::string(q.text));
        o.set("rule", Document::object()
                          .set("name", Document::string(r.rule.name))
                          .set("text", Document::string(r.rule.text())));
        decision_fields(o, q.overall);
        Document units = Document::array();
        for (const Decision& u : q.units) {
            Document uo = Document::object();
            uo.set("unit", Document::string(u.unit));
            decision_fields(uo, u);
            units.push(std::move(uo));
        }
        o.set("units", std::move(units));
        questions.push(std::move(o));
    }
    root.set("questions", std::move(questions));
    root.set("count_options", count_record_document(r.options));
    Document warnings = Document::array();
    for (const Diagnostic& w : r.warnings) warnings.push(Document::string(warning_text(w)));
    root.set("warnings", std::move(warnings));
    return root;
}

std::string tally_json(const TallyReport& r) { return tally_document(r).to_json(); }
std::string tally_yaml(const TallyReport& r) { return tally_document(r).to_yaml(); }

// ---- csv -------------------------------------------------------------------

// Columns named as the JSON names the same values.
static Table named_columns(std::initializer_list<const char*> names) {
    Table t;
    for (const char* name : names) t.columns.push_back({name});
    return t;
}

std::string tally_csv(const TallyReport& r) {
    Table t = named_columns({"question", "unit", "rule", "eligible", "cast", "valid", "yes", "no", "abstain", "blank",
                             "void", "turnout", "result", "determinative_challenges", "margin"});
    // Why a unit's cells are empty, where there are units.
    if (r.by_unit) t.columns.push_back({"counts_withheld"});
    auto row = [&](const QuestionDecision& q, const Decision& d) {
        const AnswerCounts& a = d.counts;
        if (d.counts_withheld) {
            t.rows.push_back({q.id, d.unit, r.rule.name, d.eligible ? std::to_string(*d.eligible) : "", "", "", "", "",
                              "", "", "", "", outcome_name(d.outcome), d.determinative_challenges ? "true" : "false",
                              "", *d.counts_withheld});
            return;
        }
        t.rows.push_back({q.id, d.unit, r.rule.name, d.eligible ? std::to_string(*d.eligible) : "",
                          std::to_string(a.cast()), std::to_string(a.valid()), std::to_string(a.yes),
                          std::to_string(a.no), std::to_string(a.abstain), std::to_string(a.blank),
                          std::to_string(a.spoiled), turnout_ratio(d).value_or(""), outcome_name(d.outcome),
                          d.determinative_challenges ? "true" : "false", margin(a.yes, a.no).value_or("")});
        if (r.by_unit) t.rows.back().push_back("");
    };
    for (const QuestionDecision& q : r.questions) {
        row(q, q.overall);
        for (const Decision& u : q.units) row(q, u);
    }
    return csv_table(t);
}

std::string tally_audit(const TallyReport& r) {
    Table t = named_columns({"file", "line", "voter", "ballot", "status"});
    for (const AuditEntry& e : r.count.audit)
        t.rows.push_back({r.inputs[e.file].path, std::to_string(e.line), e.voter, e.ballot, status_name(e.status)});
    return csv_table(t);
}

}  // namespace bargain
