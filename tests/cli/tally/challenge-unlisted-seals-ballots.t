# With --challenge-unlisted, ballots from voters not on the roster are sealed as challenged, never opened.
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
X1,no
--- run
bargain tally ballots.csv --roster roster.csv --challenge-unlisted --audit audit.csv --exit-status
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 c40ae89d11467cf7
Roster: roster.csv: 5 voters, sha256 63022611704ff2a3
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 1
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  not on the roster:  challenged (sealed)
Warnings:
  1 of the 5 ballot records (20%) is not counted: 1 challenged; the audit file lists them

accept
  CARRIED: approved by a 3-to-1 margin (3 yes, 1 no), 80% turnout.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  80.0% turnout of 5 eligible
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is not counted: 1 challenged; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,6,X1,,challenged
