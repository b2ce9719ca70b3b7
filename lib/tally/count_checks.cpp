#include "tally/count_checks.h"

#include <algorithm>

#include "core/datetime.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/visible.h"
#include "tally/mapping_hint.h"
#include "text/ap_style.h"

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

// The `most` most frequent void words, of those written on `at_least` ballots.
std::vector<std::string> top_words(const Count::Question& q, std::size_t most, long long at_least = 1) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < q.void_words.size() && words.size() < most; ++i)
        if (q.void_words[i].second >= at_least) words.push_back(q.void_words[i].first);
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
            "; the columns are: " + listed(all),
            suggestion(m->header, all)));
    }
}

}  // namespace

std::string void_words_text(const Count::Question& q, std::size_t most, long long at_least) {
    std::string out;
    std::size_t shown = 0;
    long long rest = q.void_other;
    for (const auto& [word, n] : q.void_words) {
        if (shown < most && n >= at_least) {
            out += (out.empty() ? "" : ", ") + visible(word) + ": " + with_commas(n);
            ++shown;
        } else {
            rest += n;
        }
    }
    if (rest > 0) out += (out.empty() ? "" : ", and ") + with_commas(rest) + " more";
    return out;
}

namespace {

const Count::File* file_count(const Count& count, const ReadFile& f) {
    return f.index < count.files.size() ? &count.files[f.index] : nullptr;
}

// Where a file's voter column is (its first cell when it has none).
Diagnostic at_voter(const CountRequest& request, const ReadFile& f) {
    for (const HeaderCell& h : f.facts.header)
        if (request.mapping.columns.column_of(h.name) == Column::voter) return Diagnostic{f.path, h.line, h.column, ""};
    return Diagnostic{f.path, 1, 1, ""};
}

// Where a question's column is in one file (its first cell when it has none).
Diagnostic at_question_in(const ReadFile& f, const std::string& id) {
    for (const HeaderCell& h : f.facts.header)
        if (h.name == id) return Diagnostic{f.path, h.line, h.column, ""};
    return Diagnostic{f.path, 1, 1, ""};
}

std::vector<std::string> question_names(const CountRequest& request, const BallotFileFacts& facts) {
    std::vector<std::string> out;
    for (const HeaderCell& h : facts.header)
        if (!request.mapping.columns.column_of(h.name)) out.push_back(h.name);
    return out;
}

// --question (a vote's column:) names a question that one of the files does
// not have: its ballots would silently count for nothing.
void refuse_missing_question(const CountRequest& request, const Count& count, const std::vector<ReadFile>& files,
                             std::vector<Diagnostic>& problems) {
    if (!request.options.only_question) return;
    const std::string& asked = *request.options.only_question;
    for (const ReadFile& f : files) {
        const Count::File* c = file_count(count, f);
        if (!c || c->has_question) continue;
        if (f.facts.records == 0) continue;  // nothing in it to lose
        bool totals = !request.totals.empty();
        Diagnostic d{f.path, 1, 1, ""};
        if (!f.facts.header.empty() && !totals) d = Diagnostic{f.path, f.facts.header.front().line,
                                                              f.facts.header.front().column, ""};
        std::vector<std::string> names = totals ? std::vector<std::string>{} : question_names(request, f.facts);
        d.message = "this file has no question '" + visible(asked) + "'" +
                    (totals ? std::string(" in any row") : std::string()) +
                    ", so its " + (totals ? "totals" : "ballots") + " would count for nothing" +
                    (names.empty() ? std::string() : "; its questions are: " + listed(names)) +
                    ". Name the question the same in every file, or count this file on its own";
        d.help = suggestion(asked, names);
        problems.push_back(d);
    }
}

// The same question named in two cases ("Accept" in one file, "accept" in
// another) would be two questions with half the ballots each.
void refuse_questions_in_two_cases(const Count& count, const std::vector<ReadFile>& files,
                                   std::vector<Diagnostic>& problems) {
    for (std::size_t i = 0; i < count.questions.size(); ++i)
        for (std::size_t j = 0; j < i; ++j) {
            const std::string& a = count.questions[j].id;
            const std::string& b = count.questions[i].id;
            if (a.size() != b.size() || !equals_lower(a, ascii_lower(b))) continue;
            Diagnostic d = at_question(files, b);
            Diagnostic first = at_question(files, a);
            d.message = "the question '" + visible(b) + "' is '" + visible(a) + "' in " + first.file +
                        " (line " + std::to_string(first.line) + "): they would be counted as two questions, "
                        "each with part of the ballots. Name it the same in every file";
            problems.push_back(d);
            break;
        }
}

// A roster that no ballot's voter is on: every ballot would be set aside.
// Each file is asked on its own (its ids could be written differently from
// the others'), except where --challenge-unlisted says that ballots from
// voters not on the roster are expected.
void refuse_unlisted_files(const CountRequest& request, const Count& count, const std::vector<ReadFile>& files,
                           std::vector<Diagnostic>& problems) {
    if (request.roster.empty() || count.received == 0) return;
    bool each_file = !request.options.challenge_unlisted;
    for (const ReadFile& f : files) {
        const Count::File* c = file_count(count, f);
        if (!c || c->received == 0 || c->listed > 0) continue;
        if (!each_file && count.listed > 0) return;
        Diagnostic d = at_voter(request, f);
        std::vector<std::string> names = names_of(f.facts);
        std::string records = with_commas(c->received) + (c->received == 1 ? " ballot record" : " ballot records");
        std::string in_file = files.size() > 1 ? " in this file" : "";
        if (c->with_voter == 0) {
            d.message = "no ballot record" + in_file + " has a voter id, so none can be checked against the roster " +
                        request.roster + "; the columns are: " + listed(names) +
                        ". Map the column that holds each voter's id: " +
                        column_hint(Column::voter, likely_header(Column::voter, names));
        } else if (c->other_units > 0) {
            std::string units;
            for (const auto& u : request.options.units) units += (units.empty() ? "" : ", ") + visible(u.id);
            d.message = "no voter of the " + records + in_file + " is in this vote's units (" + units + "): " +
                        with_commas(c->other_units) + (c->other_units == 1 ? " is" : " are") + " on the roster " +
                        request.roster +
                        " in other units, so every ballot would be set aside: is this another unit's vote, or are "
                        "the vote's units wrong?";
        } else {
            d.message = (c->received == 1 ? "the one ballot record" + in_file + " has no voter id that is on the roster "
                                          : "not one of the " + records + in_file +
                                                " has a voter id that is on the roster ") +
                        request.roster + ", so every ballot would be set aside: do the ballots and the roster "
                        "name voters by the same ids? Map the columns that hold them: " +
                        column_hint(Column::voter, std::nullopt) + ", " + column_hint(Column::voter, std::nullopt, true);
        }
        problems.push_back(d);
    }
}

// Every record set aside: nothing would be counted, which is never the
// result of a vote that was held. Most often the window or its zone is wrong.
void refuse_all_set_aside(const CountRequest& request, const Count& count, std::vector<Diagnostic>& problems) {
    long long set_aside = count.duplicate + count.outside_window + count.not_on_roster;
    if (count.received == 0 || set_aside < count.received) return;
    std::vector<std::string> parts;
    if (count.outside_window) parts.push_back(with_commas(count.outside_window) + " outside the voting window");
    if (count.not_on_roster) parts.push_back(with_commas(count.not_on_roster) + " not on the roster");
    if (count.duplicate) parts.push_back(with_commas(count.duplicate) + " duplicate");
    std::string message = (count.received == 1 ? std::string("the one ballot record is set aside (")
                                               : "every one of the " + with_commas(count.received) +
                                                     " ballot records is set aside (") +
                          join_present(parts, ", ") + "), so nothing would be counted";
    const TallyOptions& o = request.options;
    if (count.outside_window) {
        message += ": is the window right? It " +
                   (o.opens ? "opens " + format_datetime(*o.opens) + (o.closes ? " and " : "") : std::string()) +
                   (o.closes ? "closes " + format_datetime(*o.closes) : std::string()) + " (" + o.zone.name() + ")";
        if (count.first_cast && count.last_cast) {
            std::string first = format_datetime(*count.first_cast), last = format_datetime(*count.last_cast);
            message += first == last ? (count.received == 1 ? "; the ballot was cast at " : "; the ballots were cast at ") + first
                                     : "; the ballots were cast from " + first + " to " + last;
        }
    }
    problems.push_back(Diagnostic{"", 0, 0, message});
}

// Whether a question's void words look like names or ids, not answers:
// nearly every one different. Decided from the words kept, so the cap on
// them does not hide it; a few words ("For", "Against") prove nothing
// unless the header says ids.
bool nearly_all_different(const Count::Question& q, bool id_header) {
    long long kept = 0;
    for (const auto& w : q.void_words) kept += w.second;
    auto distinct = static_cast<long long>(q.void_words.size());
    return kept >= (id_header ? 2 : 10) && distinct * 10 >= kept * 9;
}

// A question whose counted answers include not one yes or no.
// `others`: the count has other questions, so this column may be no question at all.
std::string no_valid_answer(const Count::Question& q, const AnswerCounts& t, const std::string& in_file,
                            bool others) {
    std::string counted = with_commas(t.cast()) + (t.cast() == 1 ? " answer" : " answers");
    // Dates where answers should be: the cast_at column under another name,
    // in bargain's form or a form's own ("2026/03/10 9:14:03 AM CST", under
    // "Timestamp"). Never quoted: a time can say who voted.
    bool dates = !q.void_words.empty() && parse_datetime(q.void_words.front().first, nullptr).has_value();
    bool times = likely_header(Column::cast_at, {q.id}) && nearly_all_different(q, true);
    if (dates || times)
        return "'" + visible(q.id) + "' is read as a question, but its " +
               (dates ? "cells are dates and times" : "header and cells look like times") +
               ": if it says when each ballot was cast, map it: " + column_hint(Column::cast_at, q.id) +
               (dates ? "" : " (bargain reads times as YYYY-MM-DDTHH:MM, with Z or +HH:MM when not in the vote's zone)");
    // Words of which none looks like an answer ("too low") may be no
    // question's: say how to leave the column out.
    bool answer_like = false;
    for (const std::string& w : top_words(q, 5)) answer_like = answer_like || likely_answer(w).has_value();
    std::string not_a_question =
        others && !answer_like
            ? "; if it is not a question, count only the vote's question: --question ID (in a campaign vote, "
              "column: ID)"
            : "";
    // A different word on (nearly) every ballot: a voter id, a serial, a
    // name. The words are never quoted: they could be who voted.
    bool serials = likely_header(Column::ballot, {q.id}).has_value();
    bool ids = !serials && likely_header(Column::voter, {q.id});
    if (t.cast() > 1 && nearly_all_different(q, serials || ids)) {
        if (serials || ids)
            return "'" + visible(q.id) + "' is read as a question, but its cells are all different, as " +
                   (serials ? "ballot serials" : "voter ids") + " are: if it holds each " +
                   (serials ? "ballot's serial" : "voter's id") + ", map it: " +
                   column_hint(serials ? Column::ballot : Column::voter, q.id);
        return "'" + visible(q.id) + "' is read as a question, but nearly every one of its " + counted +
               " is different, as names and ids are: if it holds each voter's id, map it: " +
               column_hint(Column::voter, q.id) + "; if it is not a question, count only the vote's question: "
               "--question ID (in a campaign vote, column: ID)";
    }
    std::string though = in_file.empty() ? "" : ", though the other files' answers are";
    if (!q.void_words.empty())
        return "not one of the " + counted + " to '" + visible(q.id) + "'" + in_file + " is yes or no" + though +
               ": the words " + (in_file.empty() ? "found" : "found in all the files") + " are " +
               void_words_text(q, 5) + ". Map them to answers: " + answer_hint(top_words(q, 5)) + not_a_question;
    return "not one of the " + counted + " to '" + visible(q.id) + "'" + in_file + " is yes or no" + though + " (" +
           with_commas(t.abstain) + " abstain, " + with_commas(t.blank) + " blank, " + with_commas(t.spoiled) +
           " void): is this the question's column?";
}

}  // namespace

void refuse_untrustworthy(const CountRequest& request, const Count& count, const std::vector<ReadFile>& files,
                          std::vector<Diagnostic>& problems) {
    std::size_t before = problems.size();
    refuse_unused_mapping(request, files, problems);
    if (problems.size() > before) return;  // the rest would follow from it
    refuse_missing_question(request, count, files, problems);
    refuse_questions_in_two_cases(count, files, problems);
    refuse_unlisted_files(request, count, files, problems);
    if (problems.size() > before) return;
    refuse_all_set_aside(request, count, problems);
    if (problems.size() > before) return;

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
    // are not yes or no, or it is not the question's column. Asked of the
    // whole count, then of each file: one file's "For" and "Against" must
    // not vanish among the others' yes and no.
    if (count.from_totals) return;  // the totals reader refuses unknown options itself
    for (std::size_t qi = 0; qi < count.questions.size(); ++qi) {
        const Count::Question& q = count.questions[qi];
        AnswerCounts t = q.total();
        if (t.cast() == 0) continue;
        if (t.valid() == 0) {
            Diagnostic d = at_question(files, q.id);
            d.message = no_valid_answer(q, t, "", count.questions.size() > 1);
            problems.push_back(d);
            continue;
        }
        for (const ReadFile& f : files) {
            const Count::File* c = file_count(count, f);
            const AnswerCounts* in_file = c ? c->answers_to(qi) : nullptr;
            // Only void answers: blanks alone are ballots that skipped the question.
            if (!in_file || in_file->spoiled == 0 || in_file->valid() > 0) continue;
            Diagnostic d = at_question_in(f, q.id);
            d.message = no_valid_answer(q, *in_file, " in this file", count.questions.size() > 1);
            problems.push_back(d);
        }
    }
}

std::vector<Diagnostic> count_warnings(const CountRequest& request, const Count& count,
                                       const std::vector<ReadFile>& files) {
    std::vector<Diagnostic> out;
    auto void_warning = [&](const Count::Question& q, const AnswerCounts& t, Diagnostic d, const std::string& in) {
        long long unknown = q.void_other;
        for (const auto& w : q.void_words) unknown += w.second;
        d.message = with_commas(t.spoiled) + " of the " + with_commas(t.cast()) + " answers to '" + visible(q.id) +
                    "'" + in + " (" + share(t.spoiled, t.cast()) + (t.spoiled == 1 ? ") is void" : ") are void");
        // A report is published: a word written on one ballot alone could
        // say who wrote it, so only words on two ballots or more are shown.
        std::vector<std::string> shown = top_words(q, 5, 2);
        if (unknown > 0 && !shown.empty())
            d.message += ": " + void_words_text(q, 5, 2) + ". If they are answers, map them: " + answer_hint(shown);
        else if (unknown > 0)
            d.message += ": each word is on one ballot only, so none is shown (a report must not show what one "
                         "voter wrote); the ballot file has them";
        out.push_back(d);
    };
    for (std::size_t qi = 0; qi < count.questions.size(); ++qi) {
        const Count::Question& q = count.questions[qi];
        AnswerCounts t = q.total();
        if (t.cast() == 0) continue;
        if (t.spoiled * 20 > t.cast()) {
            void_warning(q, t, at_question(files, q.id), "");
            continue;
        }
        // Few void answers in all, but many in one file: that file may
        // write its answers in words the others do not. Counted --by-unit,
        // a file too small for its unit's counts to be shown (one site's
        // paper ballots) is not told of: its counts would be those.
        long long smallest = request.options.by_unit ? request.options.min_unit_ballots : 1;
        for (const ReadFile& f : files) {
            const Count::File* c = file_count(count, f);
            const AnswerCounts* in_file = c ? c->answers_to(qi) : nullptr;
            if (in_file && files.size() > 1 && in_file->cast() > 0 && in_file->cast() >= smallest &&
                in_file->spoiled * 20 > in_file->cast())
                void_warning(q, *in_file, at_question_in(f, q.id), " in this file");
        }
    }
    long long set_aside = count.duplicate + count.outside_window + count.not_on_roster + count.challenged;
    if (count.received > 0 && set_aside * 20 > count.received) {
        std::vector<std::string> parts;
        if (count.duplicate) parts.push_back(with_commas(count.duplicate) + " duplicate");
        if (count.outside_window) parts.push_back(with_commas(count.outside_window) + " outside the voting window");
        if (count.not_on_roster) parts.push_back(with_commas(count.not_on_roster) + " not on the roster");
        if (count.challenged) parts.push_back(with_commas(count.challenged) + " challenged");
        out.push_back(Diagnostic{"", 0, 0,
                                 with_commas(set_aside) + " of the " + with_commas(count.received) +
                                     " ballot records (" + share(set_aside, count.received) + (set_aside == 1 ? ") is" : ") are") +
                                     (count.challenged ? " not counted: " : " set aside: ") +
                                     join_present(parts, ", ") +
                                     (request.options.keep_audit ? "; the audit file lists them"
                                                                 : "; --audit FILE lists them")});
    }
    // One file wholly outside the window, beside files inside it: a file
    // from another vote, or its times in another zone.
    for (const ReadFile& f : files) {
        const Count::File* c = file_count(count, f);
        if (c && c->received > 0 && c->outside_window == c->received && count.outside_window < count.received)
            out.push_back(Diagnostic{f.path, 0, 0,
                                     (c->received == 1 ? std::string("this file's one ballot record is")
                                                       : "every one of this file's " + with_commas(c->received) +
                                                             " ballot records is") +
                                         " outside the voting window: is it from another vote, or are its times in "
                                         "another time zone?"});
    }
    for (const Count::TotalsOverlap& o : count.totals_overlaps) {
        const ReadFile* first = nullptr;
        const ReadFile* second = nullptr;
        for (const ReadFile& f : files) {
            if (f.index == o.first_file) first = &f;
            if (f.index == o.file) second = &f;
        }
        if (!first || !second) continue;
        out.push_back(Diagnostic{second->path, o.line, 0,
                                 "this row gives the same answer to '" + visible(count.questions[o.question].id) + "'" +
                                     (o.unit.empty() ? std::string() : " in unit '" + visible(o.unit) + "'") +
                                     " as " + first->path + " (line " + std::to_string(o.first_line) +
                                     "), and their votes are added: right for two channels (online and paper), "
                                     "wrong if one file is an earlier export of the other (count only the latest)"});
    }
    for (std::size_t u = 0; u < count.units.size(); ++u)
        if (u < count.eligible_by_unit.size() && count.eligible_by_unit[u] == 0 && !request.options.units.empty())
            out.push_back(Diagnostic{"", 0, 0, "the vote's unit '" + visible(count.units[u]) +
                                                   "' has no eligible voters on the roster"});
    return out;
}

}  // namespace bargain
