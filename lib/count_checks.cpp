#include "count_checks.h"

#include <algorithm>

#include "ap_style.h"
#include "datetime.h"
#include "mapping_hint.h"
#include "suggest.h"
#include "text.h"
#include "visible.h"

namespace bargain {

namespace {

std::vector<std::string> names_of(const BallotFileFacts& f) {
    std::vector<std::string> names;
    for (const HeaderCell& h : f.header) names.push_back(h.name);
    return names;
}

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + visible(n);
    return out;
}

// Where a question's column is first found, for a message about it.
Diagnostic at_question(const std::vector<ReadFile>& files, const std::string& id) {
    for (const ReadFile& f : files)
        for (const HeaderCell& h : f.facts.header)
            if (h.name == id) return Diagnostic{f.path, h.line, h.column, ""};
    return Diagnostic{files.empty() ? "" : files.front().path, 1, 1, ""};
}

// "12.5%": a share for a message, to a tenth.
std::string share(long long part, long long whole) {
    if (whole <= 0) return "0%";
    long long tenths = (part * 1000 + whole / 2) / whole;
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + "%";
}

std::vector<std::string> top_words(const Count::Question& q, std::size_t most) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < q.void_words.size() && i < most; ++i) words.push_back(q.void_words[i].first);
    return words;
}

// Mapped columns that none of the files has: a misspelt header would
// otherwise leave its column silently unread.
void refuse_unused_mapping(const CountRequest& request, const std::vector<ReadFile>& files,
                           std::vector<Diagnostic>& problems) {
    if (files.empty()) return;
    bool totals = !request.totals.empty();
    std::vector<std::string> all;
    for (const ReadFile& f : files)
        for (const std::string& n : names_of(f.facts))
            if (std::find(all.begin(), all.end(), n) == all.end()) all.push_back(n);
    for (std::size_t c = 0; c < kColumnKinds; ++c) {
        const MappedHeader* m = request.mapping.columns.find(static_cast<Column>(c));
        if (!m) continue;
        if (std::find(all.begin(), all.end(), m->header) != all.end()) continue;
        problems.push_back(m->where.at(
            "'" + visible(m->header) + "'" + (m->where.file.empty() ? " (" + m->where.shown + ")" : std::string()) +
            " is not a column of " +
            (files.size() == 1 ? files.front().path : std::string("any of the ") + (totals ? "totals" : "ballot") +
                                                          " files") +
            did_you_mean(m->header, all) + "; the columns are: " + listed(all)));
    }
}

}  // namespace

std::string void_words_text(const Count::Question& q, std::size_t most) {
    std::string out;
    for (std::size_t i = 0; i < q.void_words.size() && i < most; ++i)
        out += (out.empty() ? "" : ", ") + visible(q.void_words[i].first) + ": " + with_commas(q.void_words[i].second);
    std::size_t rest = q.void_words.size() > most ? q.void_words.size() - most : 0;
    if (rest > 0 || q.void_other > 0) {
        long long n = q.void_other;
        for (std::size_t i = most; i < q.void_words.size(); ++i) n += q.void_words[i].second;
        out += ", and " + with_commas(n) + " more";
    }
    return out;
}

void refuse_untrustworthy(const CountRequest& request, const Count& count, const std::vector<ReadFile>& files,
                          std::vector<Diagnostic>& problems) {
    std::size_t before = problems.size();
    refuse_unused_mapping(request, files, problems);
    if (problems.size() > before) return;  // the rest would follow from it

    // A roster that no ballot's voter is on: every ballot would be set aside.
    if (!request.roster.empty() && count.received > 0 && count.listed == 0 && !files.empty()) {
        const ReadFile& first = files.front();
        Diagnostic d{first.path, 1, 1, ""};
        for (const HeaderCell& h : first.facts.header)
            if (request.mapping.columns.column_of(h.name) == Column::voter) d = Diagnostic{first.path, h.line, h.column, ""};
        std::vector<std::string> names = names_of(first.facts);
        if (count.with_voter == 0) {
            d.message = "no ballot record has a voter id, so none can be checked against the roster " +
                        request.roster + "; the columns are: " + listed(names) +
                        ". Map the column that holds each voter's id: " +
                        column_hint(Column::voter, likely_header(Column::voter, names));
        } else {
            d.message = "not one of the " + with_commas(count.received) + " ballot records has a voter id that is on "
                        "the roster " + request.roster + ", so every ballot would be set aside: do the ballots "
                        "and the roster name voters by the same ids? Map the columns that hold them: " +
                        column_hint(Column::voter, std::nullopt) + ", " + column_hint(Column::voter, std::nullopt, true);
        }
        problems.push_back(d);
        return;
    }

    // More ballots than voters: the number eligible (units' members,
    // --eligible) is out of date, or the files hold more than one vote.
    if (count.eligible)
        for (const Count::Question& q : count.questions) {
            long long cast = q.total().cast();
            if (cast <= *count.eligible) continue;
            Diagnostic d = at_question(files, q.id);
            d.message = with_commas(cast) + " ballots are counted on '" + visible(q.id) + "' but only " +
                        with_commas(*count.eligible) + " voters are eligible" +
                        (request.roster.empty() ? " (from --eligible, eligible: or the units' members)" : "") +
                        ": is the number eligible out of date, or is a file counted that belongs to another vote?";
            problems.push_back(d);
            return;
        }

    // A question with counted ballots and not one valid answer: its words
    // are not yes or no, or it is not the question's column.
    if (count.from_totals) return;  // the totals reader refuses unknown options itself
    for (const Count::Question& q : count.questions) {
        AnswerCounts t = q.total();
        if (t.cast() == 0 || t.valid() > 0) continue;
        Diagnostic d = at_question(files, q.id);
        std::string counted = with_commas(t.cast()) + (t.cast() == 1 ? " answer" : " answers");
        // Dates where answers should be: the cast_at column under another name.
        bool dates = !q.void_words.empty() && parse_datetime(q.void_words.front().first, nullptr).has_value();
        // A different word on (nearly) every ballot, under a header like
        // "Member ID": the voter column under another name.
        long long distinct = static_cast<long long>(q.void_words.size());
        bool unique = distinct * 10 >= t.cast() * 9 && t.cast() > 1;
        bool serials = unique && likely_header(Column::ballot, {q.id});
        bool ids = unique && !serials && likely_header(Column::voter, {q.id});
        if ((ids || serials) && !dates) {
            Column c = serials ? Column::ballot : Column::voter;
            d.message = "'" + visible(q.id) + "' is read as a question, but its cells are all different, as " +
                        (serials ? "ballot serials" : "voter ids") + " are: if it holds each " +
                        (serials ? "ballot's serial" : "voter's id") + ", map it: " + column_hint(c, q.id);
        } else if (dates) {
            d.message = "'" + visible(q.id) + "' is read as a question, but its cells are dates and times: if it "
                        "says when each ballot was cast, map it: " + column_hint(Column::cast_at, q.id);
        } else if (!q.void_words.empty()) {
            d.message = "not one of the " + counted + " to '" + visible(q.id) + "' is yes or no: the words found are " +
                        void_words_text(q, 5) + ". Map them to answers: " + answer_hint(top_words(q, 5));
        } else {
            d.message = "not one of the " + counted + " to '" + visible(q.id) + "' is yes or no (" +
                        with_commas(t.abstain) + " abstain, " + with_commas(t.blank) + " blank, " +
                        with_commas(t.spoiled) + " void): is this the question's column?";
        }
        problems.push_back(d);
    }
}

std::vector<Diagnostic> count_warnings(const CountRequest& request, const Count& count,
                                       const std::vector<ReadFile>& files) {
    std::vector<Diagnostic> out;
    for (const Count::Question& q : count.questions) {
        AnswerCounts t = q.total();
        if (t.cast() == 0 || t.spoiled * 20 <= t.cast()) continue;
        Diagnostic d = at_question(files, q.id);
        long long unknown = q.void_other;
        for (const auto& w : q.void_words) unknown += w.second;
        d.message = with_commas(t.spoiled) + " of the " + with_commas(t.cast()) + " answers to '" + visible(q.id) +
                    "' (" + share(t.spoiled, t.cast()) + (t.spoiled == 1 ? ") is void" : ") are void");
        if (unknown > 0)
            d.message += ": " + void_words_text(q, 5) + ". If they are answers, map them: " + answer_hint(top_words(q, 5));
        out.push_back(d);
    }
    long long set_aside = count.duplicate + count.outside_window + count.not_on_roster;
    if (count.received > 0 && set_aside * 20 > count.received) {
        std::vector<std::string> parts;
        if (count.duplicate) parts.push_back(with_commas(count.duplicate) + " duplicate");
        if (count.outside_window) parts.push_back(with_commas(count.outside_window) + " outside the voting window");
        if (count.not_on_roster) parts.push_back(with_commas(count.not_on_roster) + " not on the roster");
        out.push_back(Diagnostic{"", 0, 0,
                                 with_commas(set_aside) + " of the " + with_commas(count.received) +
                                     " ballot records (" + share(set_aside, count.received) + (set_aside == 1 ? ") is" : ") are") +
                                     " set aside: " +
                                     join_present(parts, ", ") +
                                     (request.options.keep_audit ? "; the audit file lists them"
                                                                 : "; --audit FILE lists them")});
    }
    for (std::size_t u = 0; u < count.units.size(); ++u)
        if (u < count.eligible_by_unit.size() && count.eligible_by_unit[u] == 0 && !request.options.units.empty())
            out.push_back(Diagnostic{"", 0, 0, "the vote's unit '" + visible(count.units[u]) +
                                                   "' has no eligible voters on the roster"});
    return out;
}

}  // namespace bargain
