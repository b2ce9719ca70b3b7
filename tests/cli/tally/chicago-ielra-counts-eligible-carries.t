# Chicago teachers' strike votes need yes from three quarters of all eligible members: 6 of 8 carries.
--- file roster.csv
voter
T1
T2
T3
T4
T5
T6
T7
T8
--- file ballots.csv
voter,strike
T1,yes
T2,yes
T3,yes
T4,yes
T5,yes
T6,yes
--- run
bargain tally ballots.csv --roster roster.csv --rule chicago-ielra --exit-status
--- stdout
Tally of 6 ballot records from 1 file
  ballots.csv: 6 records, sha256 9cb55f222ea8fbd0
Roster: roster.csv: 8 voters, sha256 4cd5e43e73e8576d
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               chicago-ielra
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  CARRIED: approved with no votes against (6 yes, 0 no), 75% turnout.
  Rule: chicago-ielra (yes votes from at least 3/4 of eligible voters)

                votes  share of valid
  Yes               6  100.0%
  No                0    0.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              6  75.0% turnout of 8 eligible
