# Teamsters 1987: when fewer than half the members vote validly, 5 reject votes of 8 is short of the two thirds needed.
--- run
{ echo voter; seq 1 17 | awk '{print "T" $1}'; } > roster.csv
{ echo voter,reject; seq 1 5 | awk '{print "T" $1 ",yes"}'; seq 6 8 | awk '{print "T" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule teamsters-1987 --exit-status
--- stdout
Tally of 8 ballot records from 1 file
  ballots.csv: 8 records, sha256 b2940cd8dac78802
Roster: roster.csv: 17 voters, sha256 7a197553b23d043b
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               teamsters-1987
  voting window:      none
  duplicates:         the first ballot of a voter counts

reject
  FAILED: 5 yes, 3 no, 47.1% turnout, short of the rule: it needs at least 2/3 of valid votes, because there were valid votes from fewer than 1/2 of eligible voters.
  Rule: teamsters-1987 (if valid votes from at least 1/2 of eligible voters, more than 1/2 of valid votes, otherwise at least 2/3 of valid votes)

                votes  share of valid
  Yes               5   62.5%
  No                3   37.5%
  Abstain           0
  Blank             0
  Void              0
  Cast              8  47.1% turnout of 17 eligible
--- exit 1
