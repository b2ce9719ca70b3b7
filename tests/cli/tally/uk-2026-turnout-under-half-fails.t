# uk-2026 keeps the 50% turnout threshold: 4 of 10 entitled voting is not enough.
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
M4,no
--- run
bargain tally ballots.csv --roster roster.csv --rule uk-2026 --exit-status
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 3c66d5fa661d743a
Roster: roster.csv: 10 voters, sha256 6ded4bd44fcc35b4
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uk-2026
  voting window:      none
  duplicates:         the first ballot of a voter counts

action
  FAILED: 3 yes, 1 no, 40.0% turnout, short of the rule: it needs turnout of at least 1/2 of eligible voters.
  Rule: uk-2026 (turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  40.0% turnout of 10 eligible
--- exit 1
