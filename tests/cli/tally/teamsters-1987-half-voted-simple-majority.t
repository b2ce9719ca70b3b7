# Teamsters 1987: when at least half the members vote validly, a simple majority of reject votes (5 of 8) carries.
--- run
{ echo voter; seq 1 16 | awk '{print "T" $1}'; } > roster.csv
{ echo voter,reject; seq 1 5 | awk '{print "T" $1 ",yes"}'; seq 6 8 | awk '{print "T" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule teamsters-1987 --exit-status
--- stdout
Tally of 8 ballot records from 1 file
  ballots.csv: 8 records, sha256 b2940cd8dac78802
Roster: roster.csv: 16 voters, sha256 39dee29b5d38c2db
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               teamsters-1987
  voting window:      none
  duplicates:         the first ballot of a voter counts

reject
  CARRIED: approved by a 1.7-to-1 margin (5 yes, 3 no), 50.0% turnout.
  Rule: teamsters-1987 (if valid votes from at least 1/2 of eligible voters, more than 1/2 of valid votes, otherwise at least 2/3 of valid votes)

                votes  share of valid
  Yes               5   62.5%
  No                3   37.5%
  Abstain           0
  Blank             0
  Void              0
  Cast              8  50.0% turnout of 16 eligible
