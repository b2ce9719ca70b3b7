# UK 2016: 499 valid votes plus one spoiled paper make 500 of 1000 entitled, half, so the yes vote carries.
--- run
{ echo voter; seq 1 1000 | awk '{print "M" $1}'; } > roster.csv
{ echo voter,action; seq 1 300 | awk '{print "M" $1 ",yes"}'; seq 301 499 | awk '{print "M" $1 ",no"}'; echo M500,spoilt; } > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule uk-2016 --exit-status
--- stdout
Tally of 500 ballot records from 1 file
  ballots.csv: 500 records, sha256 459a7512ea8302f4
Roster: roster.csv: 1000 voters, sha256 67b457fe7954c5d9
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uk-2016
  voting window:      none
  duplicates:         the first ballot of a voter counts

action
  CARRIED: approved by a 1.5-to-1 margin (300 yes, 199 no), 50.0% turnout.
  Rule: uk-2016 (turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes)

                votes  share of valid
  Yes             300   60.1%
  No              199   39.9%
  Abstain           0
  Blank             0
  Void              1
  Cast            500  50.0% turnout of 1000 eligible
