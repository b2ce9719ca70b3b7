#include "campaign_vote.h"

#include <filesystem>

#include "ballot_reader.h"
#include "input.h"
#include "roster.h"

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

    std::optional<Roster> roster;
    if (!vote.roster.empty()) {
        auto in = Input::open(c.resolve_path(vote.roster));
        if (!in) return in.error();
        auto read = read_roster(**in);
        if (!read) return read.error();
        roster = std::move(*read);
    }
    Counter counter(options, roster ? &*roster : nullptr);
    for (std::size_t i = 0; i < ballots.size(); ++i) {
        auto in = Input::open(ballots[i]);
        if (!in) return in.error();
        counter.begin_file((*in)->name());
        auto records = read_ballots(**in, static_cast<std::uint32_t>(i), counter);
        if (!records) return records.error();
    }
    auto count = counter.finish();
    if (!count) return about_vote(count.error().message);
    auto decisions = decide(*count, *rule, false);
    if (!decisions) return about_vote(decisions.error().message);
    if (decisions->empty()) return about_vote("its ballots have no column '" + vote.column + "'");
    VoteResult result{*rule, std::move(decisions->front())};
    if (result.decision.text.empty()) result.decision.text = vote.question;
    return std::optional<VoteResult>(std::move(result));
}

}  // namespace bargain
