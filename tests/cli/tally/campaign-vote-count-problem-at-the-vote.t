# With --campaign and --vote, a problem with the count as a whole (no ballot file has the vote's column, its rule needs the eligible) is placed at the vote in the campaign, and names it.
--- file campaign.yaml
bargain: 1
campaign: {name: Example, timezone: UTC}
votes:
  - id: ratify
    question: Do you ratify the agreement?
    ballots: ballots.csv
    column: ratification
  - id: strike
    question: Do you authorize a strike?
    ballots: ballots.csv
    rule: ">=2/3 of eligible"
--- file ballots.csv
voter,strike
V1,yes
--- run
bargain tally --campaign campaign.yaml --vote ratify 2>&1 | grep '^bargain:'
bargain tally --campaign campaign.yaml --vote strike 2>&1 | grep '^bargain:'
--- stdout
bargain: ballots.csv:1:1: no ballot file has the question 'ratification' (the ballots have: strike)
bargain: campaign.yaml:8:5: vote 'strike': the rule '>=2/3 of eligible' (yes votes from at least 2/3 of eligible voters) needs the number of eligible voters: give the roster with --roster, or their number with --eligible N (in a campaign vote: roster: or eligible:)
