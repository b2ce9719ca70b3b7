#include "tally/unit_secrecy.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/visible.h"
#include "text/ap_style.h"

namespace bargain {

namespace {

// "5 ballots", "1,000 ballots".
std::string plural_with_commas(long long n, const char* one, const char* many) {
    return with_commas(n) + " " + (n == 1 ? one : many);
}

// The whole vote less the units shown: what subtraction gives of the
// withheld units' ballots together (and of any ballot of no known unit).
AnswerCounts left_over(const QuestionDecision& q) {
    AnswerCounts rest = q.overall.counts;
    for (const Decision& u : q.units)
        if (!u.counts_withheld) {
            rest.yes -= u.counts.yes;
            rest.no -= u.counts.no;
            rest.abstain -= u.counts.abstain;
            rest.blank -= u.counts.blank;
            rest.spoiled -= u.counts.spoiled;
        }
    return rest;
}

// The unit still shown with the fewest ballots (of equals, the last), or none.
Decision* smallest_shown(QuestionDecision& q) {
    Decision* out = nullptr;
    for (Decision& u : q.units)
        if (!u.counts_withheld && (!out || u.counts.cast() <= out->counts.cast())) out = &u;
    return out;
}

// "no", "yes", ...: the answer every one of these ballots gave, if one did.
const char* unanimous_answer(const AnswerCounts& a) {
    long long cast = a.cast();
    if (cast == 0) return nullptr;
    if (a.yes == cast) return "yes";
    if (a.no == cast) return "no";
    if (a.abstain == cast) return "abstain";
    if (a.blank == cast) return "blank";
    if (a.spoiled == cast) return "void";
    return nullptr;
}

// Whether a withheld unit's result gives its counts away all the same:
// what a reader knows of it (its eligible, fewer ballots than the minimum,
// its challenged ballots, the rule) and its result fit one count only, or
// only counts where every ballot gave the same answer. Then the answer
// ("yes"), or "counts"; else nothing. Not worked out past kMostToTry ballots.
std::optional<std::string> result_gives_away(const Rule& rule, const Decision& u, long long min_ballots) {
    constexpr long long kMostToTry = 60;
    long long most = min_ballots - 1;
    if (u.eligible) most = std::min(most, *u.eligible);
    if (most > kMostToTry || u.counts.cast() == 0) return std::nullopt;
    std::optional<std::pair<long long, long long>> only;  // the one (yes, no) that fits, while one does
    bool several = false, all_yes = true, all_no = true;
    for (long long cast = 0; cast <= most; ++cast)
        for (long long yes = 0; yes <= cast; ++yes)
            for (long long no = 0; yes + no <= cast; ++no) {
                AnswerCounts c;
                c.yes = yes;
                c.no = no;
                c.abstain = cast - yes - no;
                Decision d = judge(rule, "", c, u.eligible, u.challenged);
                if (d.outcome != u.outcome || d.determinative_challenges != u.determinative_challenges) continue;
                if (cast == 0) return std::nullopt;  // it could be that no one voted
                if (only && *only != std::pair(yes, no)) several = true;
                only = std::pair(yes, no);
                all_yes = all_yes && yes == cast;
                all_no = all_no && no == cast;
            }
    if (!only) return std::nullopt;
    if (all_yes) return "yes";
    if (all_no) return "no";
    if (!several) return "counts";
    return std::nullopt;
}

}  // namespace

void withhold_small_units(std::vector<QuestionDecision>& questions, long long min_ballots) {
    if (min_ballots <= 0) return;
    const std::string few = fmt::format("fewer than {}: counts not shown, to keep the ballot secret",
                                        plural_with_commas(min_ballots, "ballot", "ballots"));
    for (QuestionDecision& q : questions) {
        std::vector<std::string> small;
        for (Decision& u : q.units)
            // A unit that holds every ballot has the whole vote's counts,
            // shown anyway: there is nothing to withhold.
            if (u.counts.cast() < min_ballots && u.counts.cast() != q.overall.counts.cast()) {
                u.counts_withheld = few;
                small.push_back("'" + visible(u.unit) + "'");
            }
        if (small.empty()) continue;
        const std::string complement =
            "counts not shown: shown with the whole vote's, they would give away those of " + and_list(small) +
            " by subtraction";
        // Withheld together, the small units must not show by subtraction
        // what withheld one by one they do not: fewer ballots than the
        // minimum, or few ballots all of one answer.
        for (;;) {
            AnswerCounts rest = left_over(q);
            bool gives_away = rest.cast() > 0 && (rest.cast() < min_ballots ||
                                                  (unanimous_answer(rest) && rest.cast() < kUnanimousWarningBelow));
            if (!gives_away) break;
            Decision* next = smallest_shown(q);
            if (!next) break;
            next->counts_withheld = complement;
        }
    }
}

std::vector<Diagnostic> unit_secrecy_warnings(const std::vector<QuestionDecision>& questions, const Rule& rule,
                                              long long min_ballots) {
    std::vector<Diagnostic> out;
    for (const QuestionDecision& q : questions)
        for (const Decision& u : q.units) {
            std::string on = questions.size() > 1 ? " on '" + visible(q.id) + "'" : "";
            long long cast = u.counts.cast();
            if (u.counts_withheld) {
                if (cast >= min_ballots) continue;  // withheld for another's sake: its result says little
                auto away = result_gives_away(rule, u, min_ballots);
                if (!away) continue;
                std::string what = *away == "counts" ? "how many voted each way"
                                                     : "that every ballot in it was " + *away;
                out.push_back(Diagnostic{
                    "", 0, 0,
                    fmt::format("unit '{}'{}: its counts are not shown, but its result ({}) shows {}: only "
                                "that count gives this result under the rule, and the vote needs every unit's result",
                                visible(u.unit), on, outcome_name(u.outcome), what)});
                continue;
            }
            const char* answer = unanimous_answer(u.counts);
            if (!answer || cast >= kUnanimousWarningBelow) continue;
            std::string who = cast == 1 ? "how its one voter voted" : fmt::format("how each of its {} voters voted", cast);
            out.push_back(Diagnostic{
                "", 0, 0,
                fmt::format("every ballot in unit '{}'{} was {}: this report shows {}; publish the whole vote's "
                            "count only, or give --min-unit-ballots {} (a vote's min_unit_ballots:) to withhold "
                            "its counts",
                            visible(u.unit), on, answer, who, std::max(cast + 1, min_ballots))});
        }
    return out;
}

std::string small_units_policy(long long min_ballots) {
    if (min_ballots <= 0)
        return "every unit's counts shown (--min-unit-ballots 0), however few its ballots: a small unit's counts "
               "can show how its members voted";
    return "a unit with fewer than " + plural_with_commas(min_ballots, "ballot", "ballots") +
           " shows its result, not its counts, to keep the ballot secret";
}

}  // namespace bargain
