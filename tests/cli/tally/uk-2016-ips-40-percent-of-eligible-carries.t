# Important public services: yes from 4 of 10 entitled (40%) with turnout over half carries.
--- file roster.csv
voter
M1
M2
M3
M4
M5
M6
M7
M8
M9
M10
--- file ballots.csv
voter,action
M1,yes
M2,yes
M3,yes
M4,yes
M5,no
M6,no
M7,no
--- run
bargain tally ballots.csv --roster roster.csv --rule uk-2016-ips --exit-status
--- stdout
Tally of 7 ballot records from 1 file
  ballots.csv: 7 records, sha256 e611f82a1ce087e7
Roster: roster.csv: 10 voters, sha256 6ded4bd44fcc35b4
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uk-2016-ips
  voting window:      none
  duplicates:         the first ballot of a voter counts

action
  CARRIED: approved by a 1.3-to-1 margin (4 yes, 3 no), 70.0% turnout.
  Rule: uk-2016-ips (turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes; yes votes from at least 40% of eligible voters)

                votes  share of valid
  Yes               4   57.1%
  No                3   42.9%
  Abstain           0
  Blank             0
  Void              0
  Cast              7  70.0% turnout of 10 eligible
