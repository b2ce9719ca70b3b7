#include "campaign/campaign_vote.h"

#include <filesystem>

namespace bargain {

namespace {

bool exists(const std::string& path) {
    std::error_code ignored;
    return std::filesystem::exists(path, ignored);
}

}  // namespace

CountRequest vote_count_request(const Campaign& c, const Vote& vote) {
    CountRequest r;
    TallyOptions& options = r.options;
    // A vendor's totals have no ballots to hold to the window: it closed
    // before the vendor counted.
    if (vote.totals.empty()) {
        options.opens = vote.opens;
        options.closes = vote.closes;
    }
    options.zone = c.info.zone;
    options.only_question = vote.column;
    options.eligible = vote.eligible;
    if (vote.min_unit_ballots) options.min_unit_ballots = *vote.min_unit_ballots;
    options.keep_audit = false;  // no audit file is written from a campaign vote alone
    for (const std::string& id : vote.units) {
        TallyOptions::VoteUnit u{id, std::nullopt};
        for (const Unit& unit : c.units)
            if (unit.id == id) u.members = unit.members;
        options.units.push_back(u);
    }
    r.mapping = vote.mapping;
    r.roster_columns = vote.roster_columns;
    if (!vote.roster.empty()) r.roster = c.resolve_path(vote.roster);
    for (const std::string& b : vote.ballots) r.ballots.push_back(c.resolve_path(b));
    for (const std::string& t : vote.totals) r.totals.push_back(c.resolve_path(t));
    return r;
}

VoteFiles vote_files(const Campaign& c, const Vote& vote) {
    VoteFiles out;
    for (const auto* list : {&vote.ballots, &vote.totals})
        for (const std::string& b : *list) {
            std::string path = c.resolve_path(b);
            (exists(path) ? out.present : out.missing).push_back(path);
        }
    return out;
}

std::optional<VoteResult> tally_campaign_vote(const Campaign& c, const Vote& vote, const std::string& file,
                                              std::vector<Diagnostic>& problems) {
    auto about_vote = [&](const std::string& message) {
        problems.push_back(Diagnostic{file, vote.where.line, vote.where.column, "vote '" + vote.id + "': " + message});
        return std::nullopt;
    };
    VoteFiles files = vote_files(c, vote);
    if (files.present.empty()) return std::nullopt;
    if (!files.missing.empty())
        return about_vote(std::string(vote.totals.empty() ? "its ballot file " : "its totals file ") +
                          files.missing.front() + " is missing while others are there; a partial count cannot be "
                          "its result");

    std::size_t before = problems.size();
    auto counted = count_ballot_files(vote_count_request(c, vote), problems);
    if (!counted) {
        // A problem in a file is located there; one with the count as a
        // whole is about this vote.
        for (std::size_t i = before; i < problems.size(); ++i)
            if (problems[i].file.empty()) {
                problems[i] = Diagnostic{file, vote.where.line, vote.where.column,
                                         "vote '" + vote.id + "': " + problems[i].message};
            }
        return std::nullopt;
    }
    auto decisions = decide(counted->count, vote.counting_rule, false);
    if (!decisions) return about_vote(decisions.error().message);
    if (decisions->empty()) return about_vote("its ballots have no column '" + vote.column + "'");
    VoteResult result{vote.counting_rule, std::move(decisions->front()), std::move(counted->warnings)};
    if (result.decision.text.empty()) result.decision.text = vote.question;
    return result;
}

}  // namespace bargain
