#include "tally/unit_secrecy.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/visible.h"
#include "text/ap_style.h"
#include "text/report_text.h"

namespace bargain {

namespace {

long long shown_cast(const QuestionDecision& q) {
    long long n = 0;
    for (const Decision& u : q.units)
        if (!u.counts_withheld) n += u.counts.cast();
    return n;
}

// The unit still shown with the fewest ballots (of equals, the last), or none.
Decision* smallest_shown(QuestionDecision& q) {
    Decision* out = nullptr;
    for (Decision& u : q.units)
        if (!u.counts_withheld && (!out || u.counts.cast() <= out->counts.cast())) out = &u;
    return out;
}

// "no", "yes", ...: the answer every one of the unit's ballots gave, if one did.
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

}  // namespace

void withhold_small_units(std::vector<QuestionDecision>& questions, long long min_ballots) {
    if (min_ballots <= 0) return;
    const std::string few = fmt::format("fewer than {}: counts not shown, to keep the ballot secret",
                                        plural(min_ballots, "ballot", "ballots"));
    for (QuestionDecision& q : questions) {
        std::vector<std::string> small;
        for (Decision& u : q.units)
            if (u.counts.cast() < min_ballots) {
                u.counts_withheld = few;
                small.push_back("'" + visible(u.unit) + "'");
            }
        if (small.empty()) continue;
        // What the whole vote less the units shown would give away: the
        // withheld units' ballots together (and any of no known unit).
        const std::string complement =
            "counts not shown: beside the whole vote's they would give away, by subtraction, the counts of " +
            and_list(small) + ", which " + (small.size() == 1 ? "has" : "have") + " fewer than " +
            plural(min_ballots, "ballot", "ballots");
        for (;;) {
            long long rest = q.overall.counts.cast() - shown_cast(q);
            if (rest == 0 || rest >= min_ballots) break;
            Decision* next = smallest_shown(q);
            if (!next) break;
            next->counts_withheld = complement;
        }
    }
}

std::vector<Diagnostic> unanimous_unit_warnings(const std::vector<QuestionDecision>& questions,
                                                long long min_ballots) {
    std::vector<Diagnostic> out;
    for (const QuestionDecision& q : questions)
        for (const Decision& u : q.units) {
            const char* answer = unanimous_answer(u.counts);
            long long cast = u.counts.cast();
            if (u.counts_withheld || !answer || cast >= kUnanimousWarningBelow) continue;
            std::string on = questions.size() > 1 ? " on '" + visible(q.id) + "'" : "";
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
    return "a unit with fewer than " + plural(min_ballots, "ballot", "ballots") +
           " shows its result, not its counts, to keep the ballot secret";
}

}  // namespace bargain
