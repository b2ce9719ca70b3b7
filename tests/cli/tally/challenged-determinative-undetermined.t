# Two sealed challenged ballots could turn 3 yes to 2 no either way, so the result is undetermined (exit 3).
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
V3,yes
V4,no
V5,no
X1,yes
X2,no
--- run
bargain tally ballots.csv --roster roster.csv --challenge-unlisted --exit-status
--- stdout
Tally of 7 ballot records from 1 file
  ballots.csv: 7 records, sha256 7b36eea9260acb66
Roster: roster.csv: 5 voters, sha256 63022611704ff2a3
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 2
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  not on the roster:  challenged (sealed)
Warnings:
  2 of the 7 ballot records (28.6%) are not counted: 2 challenged; --audit FILE lists them

accept
  UNDETERMINED: 2 challenged ballots could decide it (3 yes, 2 no); resolve the challenges before announcing.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   60.0%
  No                2   40.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              5  100.0% turnout of 5 eligible
--- stderr
bargain: warning: 2 of the 7 ballot records (28.6%) are not counted: 2 challenged; --audit FILE lists them
--- exit 3
