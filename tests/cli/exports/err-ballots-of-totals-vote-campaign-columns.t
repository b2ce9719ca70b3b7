# Ballot files named for a campaign vote counted from totals, whose columns: map a totals column, are refused at the campaign's line, naming the vote's key.
--- file campaign.yaml
bargain: 1
campaign: {name: Westside}
votes:
  - id: strike-vote
    question: Do you authorize a strike?
    totals: totals.csv
    columns: {question: Question, option: Choice, votes: Count}
    eligible: 120
--- file totals.csv
Question,Choice,Count
strike,yes,50
strike,no,40
--- file ballots.csv
voter,strike
V1,yes
--- run
bargain tally --campaign campaign.yaml --vote strike-vote ballots.csv
--- stderr
bargain: campaign.yaml:7:25: the vote's columns: question maps 'question', a column of a vendor's totals, but ballot files are counted here: count the vote from its totals, or tally the ballot files without --campaign and --vote
--- exit 2
