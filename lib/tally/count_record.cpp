#include "tally/count_record.h"

#include <fmt/format.h>

#include "core/text.h"
#include "core/visible.h"
#include "io/csv_reader.h"
#include "tally/unit_secrecy.h"
#include "text/ap_style.h"
#include "text/report_text.h"

namespace bargain {

namespace {

void add_once(std::vector<std::string>& list, std::string s) {
    for (const std::string& x : list)
        if (x == s) return;
    list.push_back(std::move(s));
}

Document text_or_null(const std::string& s) { return s.empty() ? Document() : Document::string(s); }

Document pairs_or_null(const CountRecord::Pairs& pairs) {
    if (pairs.empty()) return Document();
    Document o = Document::object();
    for (const auto& [k, v] : pairs) o.set(k, Document::string(v));
    return o;
}

Document members_or_null(const std::vector<std::pair<std::string, long long>>& members) {
    if (members.empty()) return Document();
    Document o = Document::object();
    for (const auto& [unit, n] : members) o.set(unit, Document::integer(n));
    return o;
}

std::string pairs_text(const CountRecord::Pairs& pairs) {
    std::string out;
    for (const auto& [k, v] : pairs) out += (out.empty() ? "" : ", ") + k + "=" + v;
    return out;
}

}  // namespace

CountRecord count_record(const CountRequest& request, const Rule& rule, const std::string& turnout,
                         const std::vector<InputSummary>& inputs) {
    const TallyOptions& o = request.options;
    CountRecord r;
    r.rule = rule.name;
    r.turnout = turnout;
    if (o.opens) r.opens = format_datetime(*o.opens);
    if (o.closes) r.closes = format_datetime(*o.closes);
    r.timezone = o.zone.name();
    r.duplicates = o.duplicates == TallyOptions::Keep::last ? "last" : "first";
    r.challenge_unlisted = o.challenge_unlisted;
    r.by_unit = o.by_unit;
    r.min_unit_ballots = o.min_unit_ballots;
    for (const auto& u : o.units) {
        r.units.push_back(u.id);
        if (u.members) r.members.emplace_back(u.id, *u.members);
    }
    r.question = o.only_question.value_or("");
    auto columns_of = [](const ColumnMap& m) {
        CountRecord::Pairs out;
        for (std::size_t i = 0; i < kColumnKinds; ++i)
            if (const MappedHeader* h = m.find(static_cast<Column>(i))) out.emplace_back(column_key(static_cast<Column>(i)), h->header);
        return out;
    };
    r.columns = columns_of(request.mapping.columns);
    r.roster_columns = columns_of(request.roster_columns);
    for (const AnswerWords::Entry& e : request.mapping.answers.entries()) r.answers.emplace_back(e.word, answer_name(e.answer));
    r.from_totals = !request.totals.empty();
    if (!request.roster.empty()) {
        r.eligible_from = "roster";
    } else if (o.eligible) {
        r.eligible_from = "eligible";
        r.eligible = o.eligible;
    } else if (!o.units.empty()) {
        bool all = true;
        for (const auto& u : o.units) all = all && u.members.has_value();
        if (all) r.eligible_from = "members";
    }
    std::vector<std::string> delimiters, encodings;
    for (const InputSummary& in : inputs) {
        if (!in.yaml) add_once(delimiters, delimiter_name(in.delimiter));
        add_once(encodings, encoding_name(in.encoding));
    }
    r.delimiter = request.mapping.delimiter ? std::string(delimiter_name(*request.mapping.delimiter)) + " (forced)"
                                            : join_present(delimiters, ", ");
    r.encoding = join_present(encodings, ", ");
    return r;
}

Document count_record_document(const CountRecord& r) {
    Document units = Document::array();
    for (const std::string& u : r.units) units.push(Document::string(u));
    return Document::object()
        .set("rule", Document::string(r.rule))
        .set("turnout", text_or_null(r.turnout))
        .set("opens", r.opens ? Document::string(*r.opens) : Document())
        .set("closes", r.closes ? Document::string(*r.closes) : Document())
        .set("timezone", Document::string(r.timezone))
        .set("duplicates", Document::string(r.duplicates))
        .set("challenge_unlisted", Document::boolean(r.challenge_unlisted))
        .set("by_unit", Document::boolean(r.by_unit))
        .set("min_unit_ballots", Document::integer(r.min_unit_ballots))
        .set("units", std::move(units))
        .set("question", text_or_null(r.question))
        .set("columns", pairs_or_null(r.columns))
        .set("roster_columns", pairs_or_null(r.roster_columns))
        .set("answers", pairs_or_null(r.answers))
        .set("delimiter", text_or_null(r.delimiter))
        .set("encoding", text_or_null(r.encoding))
        .set("from_totals", Document::boolean(r.from_totals))
        .set("eligible_from", text_or_null(r.eligible_from))
        .set("eligible", r.eligible ? Document::integer(*r.eligible) : Document())
        .set("members", members_or_null(r.members));
}

std::string count_record_text(const CountRecord& r) {
    std::string out = "Counted with:\n";
    for (const auto& [label, value] : count_record_rows(r)) out += fmt::format("  {:<20}{}\n", label + ":", one_line(value));
    return out;
}

std::vector<std::pair<std::string, std::string>> count_record_rows(const CountRecord& r) {
    std::vector<std::pair<std::string, std::string>> out;
    auto line = [&](const char* label, const std::string& value) {
        if (!value.empty()) out.emplace_back(label, value);
    };
    line("rule", r.rule + (r.turnout.empty() ? "" : ", turnout " + r.turnout));
    if (r.from_totals) {
        line("counted from", "a vendor's published totals (no ballots: duplicates, window and challenges do not apply)");
    } else {
        std::string window = r.opens || r.closes
                                 ? (r.opens ? "from " + *r.opens : std::string("until")) +
                                       (r.opens && r.closes ? " to " : r.closes ? " " : "") + r.closes.value_or("") +
                                       " (" + r.timezone + ")"
                                 : "none";
        line("voting window", window);
        line("duplicates", r.duplicates == "last" ? "the last ballot of a voter counts" : "the first ballot of a voter counts");
        if (r.challenge_unlisted) line("not on the roster", "challenged (sealed)");
    }
    if (r.by_unit) {
        line("by unit", "yes: the vote carries only if it carries in every unit");
        line("small units", small_units_policy(r.min_unit_ballots));
    }
    line("units", join_present(r.units, ", "));
    if (r.eligible_from == "eligible") line("eligible", with_commas(*r.eligible) + " (given)");
    if (r.eligible_from == "members") line("eligible", "the units' members");
    line("question", r.question);
    line("columns", pairs_text(r.columns));
    line("roster columns", pairs_text(r.roster_columns));
    line("answer words", pairs_text(r.answers));
    if (r.delimiter != "comma") line("delimiter", r.delimiter);
    if (r.encoding != "UTF-8") line("encoding", r.encoding);
    return out;
}

}  // namespace bargain
