# --turnout 1/2 is the same threshold as 50%: 2 ballots cast of 5 eligible is under half and fails.
--- file roster.csv
voter
V1
V2
V3
V4
V5
--- file ballots.csv
voter,accept
V1,yes
V2,yes
--- run
bargain tally ballots.csv --roster roster.csv --turnout 1/2 --exit-status
--- stdout
Tally of 2 ballot records from 1 file
  ballots.csv: 2 records, sha256 7419180ac3c5b4ef
Roster: roster.csv: 5 voters, sha256 63022611704ff2a3
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority, turnout 1/2
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  FAILED: 2 yes, 0 no, 40.0% turnout, short of the rule: it needs turnout of at least 1/2 of eligible voters.
  Rule: majority (more than 1/2 of valid votes; turnout of at least 1/2 of eligible voters)

                votes  share of valid
  Yes               2  100.0%
  No                0    0.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              2  40.0% turnout of 5 eligible
--- exit 1
