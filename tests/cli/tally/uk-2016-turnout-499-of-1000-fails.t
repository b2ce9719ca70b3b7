# UK 2016: 499 of 1000 entitled is under half, so even a clear yes fails the turnout threshold.
--- run
{ echo voter; seq 1 1000 | awk '{print "M" $1}'; } > roster.csv
{ echo voter,action; seq 1 300 | awk '{print "M" $1 ",yes"}'; seq 301 499 | awk '{print "M" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule uk-2016 --exit-status
--- stdout
Tally of 499 ballot records from 1 file
  ballots.csv: 499 records, sha256 fec2aad83134cecf
Roster: roster.csv: 1000 voters, sha256 67b457fe7954c5d9
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uk-2016
  voting window:      none
  duplicates:         the first ballot of a voter counts

action
  FAILED: 300 yes, 199 no, 49.9% turnout, short of the rule: it needs turnout of at least 1/2 of eligible voters.
  Rule: uk-2016 (turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes)

                votes  share of valid
  Yes             300   60.1%
  No              199   39.9%
  Abstain           0
  Blank             0
  Void              0
  Cast            499  49.9% turnout of 1000 eligible
--- exit 1
