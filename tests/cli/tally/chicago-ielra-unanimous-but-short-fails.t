# Under chicago-ielra a unanimous vote still fails when yes is under three quarters of eligible members (5 of 8).
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
--- run
bargain tally ballots.csv --roster roster.csv --rule chicago-ielra --exit-status
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 cd20102d86f4b6fc
Roster: roster.csv: 8 voters, sha256 4cd5e43e73e8576d
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               chicago-ielra
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  FAILED: 5 yes, 0 no, 63% turnout, short of the rule: it needs yes votes from at least 3/4 of eligible voters.
  Rule: chicago-ielra (yes votes from at least 3/4 of eligible voters)

                votes  share of valid
  Yes               5  100.0%
  No                0    0.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              5  62.5% turnout of 8 eligible
--- exit 1
