# One challenged ballot cannot change a 4 to 1 result, so the vote is decided without opening it.
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
V4,yes
V5,no
X1,no
--- run
bargain tally ballots.csv --roster roster.csv --challenge-unlisted --exit-status
--- stdout
Tally of 6 ballot records from 1 file
  ballots.csv: 6 records, sha256 131089a0cb710c9f
Roster: roster.csv: 5 voters, sha256 63022611704ff2a3
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 1
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  not on the roster:  challenged (sealed)
Warnings:
  1 of the 6 ballot records (16.7%) is not counted: 1 challenged; --audit FILE lists them

accept
  CARRIED: approved by a 4-to-1 margin (4 yes, 1 no), 100% turnout.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               4   80.0%
  No                1   20.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              5  100.0% turnout of 5 eligible
--- stderr
bargain: warning: 1 of the 6 ballot records (16.7%) is not counted: 1 challenged; --audit FILE lists them
