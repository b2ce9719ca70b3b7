#include "tally/counter.h"

#include <algorithm>

#include "core/visible.h"
#include "tally/export_mapping.h"

namespace bargain {

using std::chrono::days;
using std::chrono::floor;

namespace {
// A closing date without a time closes at the end of that day.
Seconds closes_instant(DateTime closes, const Zone& zone) {
    if (!closes.has_time) closes.wall += days(1) - std::chrono::seconds(1);
    return to_instant(closes, zone);
}
}  // namespace

bool window_is_empty(const TallyOptions& o) {
    return o.opens && o.closes && closes_instant(*o.closes, o.zone) < to_instant(*o.opens, o.zone);
}

AnswerCounts Count::Question::total() const {
    AnswerCounts sum = no_unit;
    for (const AnswerCounts& c : by_unit) sum += c;
    return sum;
}

Counter::Counter(TallyOptions options, const Roster* roster)
    : options_(std::move(options)),
      roster_(roster),
      units_fixed_(!options_.units.empty() || (roster && !roster->units().empty())) {
    if (options_.opens) opens_at_ = to_instant(*options_.opens, options_.zone);
    if (options_.closes) closes_at_ = closes_instant(*options_.closes, options_.zone);
    count_.from_totals = options_.from_totals;
    auto add_unit = [&](const std::string& id, std::optional<long long> eligible) {
        unit_ids_.insert(id);
        count_.units.push_back(id);
        count_.eligible_by_unit.push_back(eligible);
        count_.challenged_by_unit.push_back(0);
    };
    if (!options_.units.empty()) {
        for (const auto& u : options_.units) add_unit(u.id, roster_ ? std::optional<long long>(0) : u.members);
        if (!roster_) {
            long long sum = 0;
            bool known = true;
            for (const auto& u : options_.units) {
                known = known && u.members.has_value();
                sum += u.members.value_or(0);
            }
            if (known) count_.eligible = sum;
        }
    }
    if (!roster_) {
        if (options_.eligible) count_.eligible = options_.eligible;
        return;
    }
    if (options_.units.empty())
        for (size_t u = 0; u < roster_->units().size(); ++u)
            add_unit(roster_->units()[u], roster_->unit_sizes()[u]);
    // A listed voter's reporting unit; with the vote's units, a voter of
    // another unit is not eligible (kOutside) and counts as not listed.
    reporting_.assign(roster_->units().size(), kOutside);
    long long eligible = 0, with_unit = 0;
    for (size_t u = 0; u < roster_->units().size(); ++u) {
        long long voters = roster_->unit_sizes()[u];
        with_unit += voters;
        auto at = unit_ids_.find(roster_->units()[u]);
        if (!at) continue;
        reporting_[u] = *at;
        eligible += voters;
        if (!options_.units.empty()) *count_.eligible_by_unit[*at] += voters;
    }
    no_unit_reporting_ = options_.units.empty() ? kNoUnit : kOutside;
    if (no_unit_reporting_ != kOutside) eligible += static_cast<long long>(roster_->size()) - with_unit;
    count_.eligible = eligible;
    if (options_.duplicates == TallyOptions::Keep::first) listed_seen_.assign((roster_->size() + 63) / 64, 0);
    else listed_cells_.assign(roster_->size(), kNone);
}

void Counter::begin_file(std::uint32_t file, std::string name) {
    file_ = file;
    file_name_ = std::move(name);
    file_count(file);
}

Count::File& Counter::file_count(std::uint32_t file) {
    if (file >= count_.files.size()) count_.files.resize(std::size_t{file} + 1);
    return count_.files[file];
}

Diagnostic Counter::refuse(long long line, long long column, std::string message) const {
    return Diagnostic{file_name_, line, column, std::move(message)};
}

void Counter::note_cast_at(const DateTime& cast_at) {
    if (!cast_at.has_time) return;
    Seconds at = to_instant(cast_at, options_.zone);
    if (!first_cast_at_ || at < *first_cast_at_) {
        first_cast_at_ = at;
        count_.first_cast = cast_at;
    }
    if (!last_cast_at_ || at > *last_cast_at_) {
        last_cast_at_ = at;
        count_.last_cast = cast_at;
    }
}

void Counter::note_void_words(const BallotRecord& r) {
    for (const auto& [q, word] : r.void_words) {
        if (q >= void_word_ids_.size()) void_word_ids_.resize(count_.questions.size());
        auto& ids = void_word_ids_[q];
        if (!ids) ids = std::make_unique<IdTable>();
        Count::Question& question = count_.questions[q];
        // Words are told apart as answers are: "Maybe" and "maybe" are one.
        // A cell of a megabyte is one word of its first 60 bytes (an
        // answer is never that long; a message quotes no more).
        std::string_view shown = word;
        if (shown.size() > Count::kMaxVoidWordBytes) {
            std::size_t cut = Count::kMaxVoidWordBytes;
            while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
            shown = shown.substr(0, cut);
        }
        std::string folded = fold_word(shown);
        if (auto at = ids->find(folded)) {
            ++question.void_words[*at].second;
        } else if (question.void_words.size() < Count::kMaxVoidWords) {
            ids->insert(folded);
            question.void_words.emplace_back(std::string(shown) + (shown.size() < word.size() ? "\u2026" : ""), 1);
        } else {
            ++question.void_other;
        }
    }
}

std::uint32_t Counter::question(std::string_view id) {
    if (options_.only_question) {
        if (id != *options_.only_question) {
            if (other_questions_.insert(id).second) other_question_ids_.emplace_back(id);
            return kSkipQuestion;
        }
        file_count(file_).has_question = true;
    }
    auto [index, added] = question_ids_.insert(id);
    if (added) {
        Count::Question q;
        q.id = std::string(id);
        q.by_unit.resize(count_.units.size());
        count_.questions.push_back(std::move(q));
    }
    return index;
}

void Counter::question_text(std::uint32_t question, std::string_view text) {
    std::string& t = count_.questions[question].text;
    if (t.empty()) t = std::string(text);
}

std::uint32_t Counter::unit_index(std::string_view unit, bool may_add) {
    if (unit.empty()) return kNoUnit;
    if (auto known = unit_ids_.find(unit)) return *known;
    if (!may_add || units_fixed_) return kNoUnit;
    std::uint32_t index = unit_ids_.insert(unit).first;
    count_.units.emplace_back(unit);
    count_.eligible_by_unit.push_back(std::nullopt);
    count_.challenged_by_unit.push_back(0);
    for (Count::Question& q : count_.questions) q.by_unit.resize(count_.units.size());
    return index;
}

bool Counter::outside_window(const DateTime& cast_at) const {
    if (!cast_at.has_time) {
        // A bare date is inside when the window is open on that day.
        Date day = floor<days>(cast_at.wall);
        if (options_.opens && day < floor<days>(options_.opens->wall)) return true;
        if (options_.closes && day > floor<days>(options_.closes->wall)) return true;
        return false;
    }
    Seconds at = to_instant(cast_at, options_.zone);
    return (opens_at_ && at < *opens_at_) || (closes_at_ && at > *closes_at_);
}

Counter::Seen Counter::seen(const BallotRecord& r, std::optional<Roster::Voter> on_roster) {
    Seen at;
    if (!r.voter.empty()) {
        if (on_roster) {
            std::uint32_t i = on_roster->index;
            if (options_.duplicates == TallyOptions::Keep::first) {
                at.word = &listed_seen_[i / 64];
                at.bit = std::uint64_t{1} << (i % 64);
            } else {
                at.cell = &listed_cells_[i];
            }
            return at;
        }
        auto [index, added] = unlisted_.insert(r.voter);
        if (added) unlisted_cells_.push_back(kNone);
        at.cell = &unlisted_cells_[index];
        return at;
    }
    if (!r.ballot.empty()) {
        auto [index, added] = serials_.insert(r.ballot);
        if (added) serial_cells_.push_back(kNone);
        at.cell = &serial_cells_[index];
    }
    return at;  // neither voter nor serial: never a duplicate
}

AnswerCounts& Counter::counts_for(std::uint32_t question, std::uint32_t unit) {
    Count::Question& q = count_.questions[question];
    return unit == kNoUnit ? q.no_unit : q.by_unit[unit];
}

void Counter::apply(Status status, std::uint32_t file, std::uint32_t unit, const Mark* marks, std::size_t n,
                    long long sign) {
    switch (status) {
        case Status::counted: {
            std::vector<AnswerCounts>& by_file = file_count(file).answers;
            if (by_file.size() < count_.questions.size()) by_file.resize(count_.questions.size());
            for (std::size_t i = 0; i < n; ++i) {
                counts_for(marks[i].question, unit).add(marks[i].answer, sign);
                by_file[marks[i].question].add(marks[i].answer, sign);
            }
            break;
        }
        case Status::challenged:
            count_.challenged += sign;
            (unit == kNoUnit ? count_.challenged_no_unit : count_.challenged_by_unit[unit]) += sign;
            break;
        case Status::not_on_roster:
            count_.not_on_roster += sign;
            break;
        case Status::duplicate:
        case Status::outside_window:
            break;
    }
}

std::optional<Diagnostic> Counter::ballot(const BallotRecord& r) {
    std::optional<Roster::Voter> on_roster;
    if (roster_ && !r.voter.empty()) on_roster = roster_->find(r.voter);
    return count(r, on_roster);
}

// The same as ballot() for each, in three passes so that memory loads
// overlap: start loading each voter's roster slot; find each voter (the
// slots are in cache by now) and start loading what says whether they were
// seen; then count, in file order.
std::optional<Diagnostic> Counter::ballots(std::span<const BallotRecord> batch) {
    if (!roster_) {
        for (const BallotRecord& r : batch)
            if (auto refused = count(r, std::nullopt)) return refused;
        return std::nullopt;
    }
    // Every id is hashed before the first prefetch: hashing between
    // prefetches waits behind them, at half the speed.
    keys_.clear();
    for (const BallotRecord& r : batch)
        if (!r.voter.empty()) keys_.emplace_back(r.voter);
    for (const Roster::Key& key : keys_) roster_->prefetch(key);
    found_.clear();
    size_t k = 0;
    for (const BallotRecord& r : batch) {
        std::optional<Roster::Voter> at;
        if (!r.voter.empty()) at = roster_->find(keys_[k++]);
        if (at) {
            if (options_.duplicates == TallyOptions::Keep::first) __builtin_prefetch(&listed_seen_[at->index / 64]);
            else __builtin_prefetch(&listed_cells_[at->index]);
        }
        found_.push_back(at);
    }
    for (size_t i = 0; i < batch.size(); ++i)
        if (auto refused = count(batch[i], found_[i])) return refused;
    return std::nullopt;
}

std::optional<Diagnostic> Counter::count(const BallotRecord& r, std::optional<Roster::Voter> on_roster) {
    Count::File& file = file_count(r.file);
    ++count_.received;
    ++file.received;
    bool with_voter = !r.voter.empty();
    count_.with_voter += with_voter;
    file.with_voter += with_voter;
    auto audit = [&](Status s) {
        if (options_.keep_audit) count_.audit.push_back({r.file, r.line, std::string(r.voter), std::string(r.ballot), s});
    };

    std::uint32_t listed_unit = kNoUnit;
    if (on_roster) {
        listed_unit = on_roster->unit == kNoUnit ? no_unit_reporting_ : reporting_[on_roster->unit];
        if (listed_unit == kOutside) {  // on the roster, but not in this vote's units
            on_roster.reset();
            ++count_.other_units;
            ++file.other_units;
        }
    }
    count_.listed += on_roster.has_value();
    file.listed += on_roster.has_value();

    if (r.cast_at) {
        note_cast_at(*r.cast_at);
        if (outside_window(*r.cast_at)) {
            ++count_.outside_window;
            ++file.outside_window;
            audit(Status::outside_window);
            return std::nullopt;
        }
    }
    bool listed = !roster_ || on_roster.has_value();
    Status status = listed ? Status::counted
                           : (options_.challenge_unlisted ? Status::challenged : Status::not_on_roster);

    Seen seen_at = seen(r, on_roster);
    bool keep_last = options_.duplicates == TallyOptions::Keep::last;
    bool duplicate = seen_at.before();
    if (duplicate && !keep_last) {
        ++count_.duplicate;
        audit(Status::duplicate);
        return std::nullopt;
    }
    // A set-aside ballot's unit column does not make a reporting unit.
    std::uint32_t unit = kNoUnit;
    if (on_roster) unit = listed_unit;
    if (unit == kNoUnit) unit = unit_index(r.unit, status != Status::not_on_roster);
    // Only a ballot that will be counted needs a unit.
    if (status == Status::counted && options_.by_unit && unit == kNoUnit)
        return refuse(
            r.line, r.unit_column,
            r.unit.empty()
                ? (r.unit_column > 0 && !roster_
                       ? "this ballot has no unit (its unit cell is empty), so --by-unit cannot place it: fill in its unit"
                       : "this ballot has no unit, so --by-unit cannot place it: add a unit column to the "
                         "roster or to the ballots")
                : "this ballot's unit '" + std::string(r.unit) + "' is not a unit of the roster");
    if (duplicate) {
        ++count_.duplicate;
        // The later ballot replaces the earlier, which becomes the duplicate.
        const KeptBallots::Ballot& old = kept_.ballot(*seen_at.cell);
        std::span<const Mark> old_marks = kept_.marks(*seen_at.cell);
        apply(old.status, old.file, old.unit, old_marks.data(), old_marks.size(), -1);
        if (old.audit != kNone) {
            count_.audit[old.audit].status = Status::duplicate;
        } else if (options_.keep_audit) {
            count_.audit.push_back({old.file, old.line, std::string(r.voter), std::string(kept_.serial(*seen_at.cell)),
                                    Status::duplicate});
        }
    }

    apply(status, r.file, unit, r.marks.data(), r.marks.size(), +1);
    if (status == Status::counted && !r.void_words.empty()) note_void_words(r);
    std::uint32_t audit_index = kNone;
    if (status != Status::counted && options_.keep_audit) {
        audit_index = static_cast<std::uint32_t>(count_.audit.size());
        audit(status);
    }
    if (!seen_at.any()) return std::nullopt;
    if (!keep_last) {
        if (seen_at.word) *seen_at.word |= seen_at.bit;
        else *seen_at.cell = 0;
        return std::nullopt;
    }
    std::uint32_t* cell = seen_at.cell;  // with Keep::last, always a cell
    // Only a counted ballot's marks are taken back off the counts when it is replaced.
    std::span<const Mark> marks;
    if (status == Status::counted) marks = r.marks;
    *cell = kept_.keep(*cell, KeptBallots::Ballot{r.file, unit, r.line, status, audit_index}, marks, r.ballot);
    return std::nullopt;
}

std::optional<Diagnostic> Counter::site_return(const SiteReturn& r) {
    const char* what = count_.from_totals ? "this row of totals" : "this return";
    std::uint32_t unit = unit_index(r.unit, true);
    if (unit == kNoUnit && !r.unit.empty())
        return refuse(r.line, r.unit_column,
                      std::string("the unit '") + visible(r.unit) + "' of " + what + " is not a unit of the roster" +
                          (roster_ ? "" : " or of the vote"));
    if (unit == kNoUnit && options_.by_unit)
        return refuse(r.line, r.unit_column, std::string(what) + " has no unit, so --by-unit cannot place it");
    // Sums stay exact: every count, and every total, is at most kMaxCount.
    for (const auto& [q, counts] : r.counts) {
        AnswerCounts overall = count_.questions[q].total();
        const long long adds[] = {counts.yes, counts.no, counts.abstain, counts.blank, counts.spoiled};
        long long sum = overall.cast();
        for (long long n : adds) {
            if (n < 0 || n > kMaxCount || sum > kMaxCount - n)
                return refuse(r.line, 0,
                              "with " + std::string(what) + " the count for '" + count_.questions[q].id +
                                  "' would pass " + "1,000,000,000,000,000 ballots: is a number in it wrong?");
            sum += n;
        }
    }
    std::vector<AnswerCounts>& by_file = file_count(file_).answers;
    if (by_file.size() < count_.questions.size()) by_file.resize(count_.questions.size());
    for (const auto& [q, counts] : r.counts) {
        counts_for(q, unit) += counts;
        by_file[q] += counts;
        if (count_.from_totals) note_totals(q, r.unit, counts, r.line);
    }
    return std::nullopt;
}

void Counter::note_totals(std::uint32_t question, std::string_view unit, const AnswerCounts& counts, long long line) {
    const std::pair<Answer, long long> answers[] = {{Answer::yes, counts.yes},     {Answer::no, counts.no},
                                                    {Answer::abstain, counts.abstain}, {Answer::blank, counts.blank},
                                                    {Answer::spoiled, counts.spoiled}};
    for (const auto& [answer, votes] : answers) {
        if (votes == 0) continue;
        auto [at, fresh] = totals_at_.try_emplace({question, static_cast<int>(answer), std::string(unit)},
                                                  TotalsAt{file_, line});
        if (fresh || at->second.file == file_) continue;  // within a file, the totals reader decides
        bool reported = false;
        for (const Count::TotalsOverlap& o : count_.totals_overlaps)
            reported = reported || (o.first_file == at->second.file && o.file == file_);
        if (!reported)
            count_.totals_overlaps.push_back({question, std::string(unit), at->second.file, file_, at->second.line, line});
    }
}

Result<Count> Counter::finish() {
    if (options_.only_question && count_.questions.empty()) {
        std::string seen;
        for (size_t i = 0; i < other_question_ids_.size(); ++i) seen += (i ? ", " : "") + other_question_ids_[i];
        return Diagnostic{"", 0, 0,
                          "no ballot file has the question '" + *options_.only_question + "'" +
                              (seen.empty() ? std::string() : " (the ballots have: " + seen + ")")};
    }
    if (count_.questions.empty())
        return Diagnostic{"", 0, 0, "nothing to tally: no ballot file names a question"};
    for (Count::Question& q : count_.questions)
        std::stable_sort(q.void_words.begin(), q.void_words.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
    std::stable_sort(count_.audit.begin(), count_.audit.end(), [](const AuditEntry& a, const AuditEntry& b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return std::move(count_);
}

}  // namespace bargain
