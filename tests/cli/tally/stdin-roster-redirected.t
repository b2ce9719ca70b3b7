# The roster may be redirected into standard input ('--roster - < roster.csv') while the ballots are named: one input read from stdin, counted once.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
V9,yes
--- file roster.csv
voter
V1
V2
V3
--- run
bargain tally ballots.csv --roster - < roster.csv
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 499731c227705cfb
Roster: <stdin>: 3 voters, sha256 5c3848c82b885372
Set aside: 1 (0 duplicate, 0 outside the voting window, 1 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
Warnings:
  1 of the 4 ballot records (25%) is set aside: 1 not on the roster; --audit FILE lists them

accept
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no), 100% turnout.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              3  100.0% turnout of 3 eligible
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 not on the roster; --audit FILE lists them
