# With --duplicates last the voter's latest ballot replaces the earlier ones, and the audit names the earlier lines.
--- file ballots.csv
voter,ballot,accept
V1,B1,yes
V2,B2,no
V1,B3,no
V1,B4,no
--- run
bargain tally ballots.csv --duplicates last --audit audit.csv
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 29edfc4c227ae0a2
Set aside: 2 (2 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the last ballot of a voter counts
Warnings:
  2 of the 4 ballot records (50%) are set aside: 2 duplicate; the audit file lists them

accept
  FAILED: rejected with no votes in favour (2 no, 0 yes).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               0    0.0%
  No                2  100.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              2
--- stderr
bargain: warning: 2 of the 4 ballot records (50%) are set aside: 2 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,2,V1,B1,duplicate
ballots.csv,4,V1,B3,duplicate
