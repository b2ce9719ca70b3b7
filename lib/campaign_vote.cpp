#include "campaign_vote.h"

#include <filesystem>

#include "ballot_count.h"

namespace bargain {

namespace {

bool exists(const std::string& path) {
    std::error_code ignored;
    return std::filesystem::exists(path, ignored);
}

}  // namespace

TallyOptions vote_tally_options(const Campaign& c, const Vote& vote) {
    TallyOptions options;
    options.opens = vote.opens;
    options.closes = vote.closes;
    options.zone = c.info.zone;
    options.only_question = vote.column;
    for (const std::string& id : vote.units) {
        TallyOptions::VoteUnit u{id, std::nullopt};
        for (const Unit& unit : c.units)
            if (unit.id == id) u.members = unit.members;
        options.units.push_back(u);
    }
    return options;
}

Result<std::optional<VoteResult>> tally_campaign_vote(const Campaign& c, const Vote& vote, const std::string& file) {
    auto about_vote = [&](const std::string& message) {
        return Diagnostic{file, vote.where.line, vote.where.column, "vote '" + vote.id + "': " + message};
    };
    std::vector<std::string> ballots, missing;
    for (const std::string& b : vote.ballots) {
        std::string path = c.resolve_path(b);
        (exists(path) ? ballots : missing).push_back(path);
    }
    if (ballots.empty()) return std::optional<VoteResult>();
    if (!missing.empty())
        return about_vote("its ballot file " + missing.front() +
                          " is missing while others are there; a partial count cannot be its result");

    auto rule = parse_rule(vote.rule.empty() ? "majority" : vote.rule);
    if (!rule) return about_vote(rule.error().message);

    TallyOptions options = vote_tally_options(c, vote);

    auto counted = count_ballot_files(options, vote.roster.empty() ? "" : c.resolve_path(vote.roster), ballots);
    // A problem in a file is located there; one with the count as a whole
    // is about this vote.
    if (!counted) return counted.error().file.empty() ? about_vote(counted.error().message) : counted.error();
    auto decisions = decide(counted->count, *rule, false);
    if (!decisions) return about_vote(decisions.error().message);
    if (decisions->empty()) return about_vote("its ballots have no column '" + vote.column + "'");
    VoteResult result{*rule, std::move(decisions->front())};
    if (result.decision.text.empty()) result.decision.text = vote.question;
    return std::optional<VoteResult>(std::move(result));
}

}  // namespace bargain
