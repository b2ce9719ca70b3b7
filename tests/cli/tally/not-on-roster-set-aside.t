# A ballot from someone not on the roster is set aside as not-on-roster and not counted.
--- file roster.csv
voter,name
V1,Ann
V2,Bo
V3,Cy
--- file ballots.csv
voter,accept
V1,yes
V2,no
X7,no
--- run
bargain tally ballots.csv --roster roster.csv --audit audit.csv
--- stdout
Tally of 3 ballot records from 1 file
  ballots.csv: 3 records, sha256 c5efd4f447357bbe
Roster: roster.csv: 3 voters, sha256 d7e70ce972acef3b
Set aside: 1 (0 duplicate, 0 outside the voting window, 1 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
Warnings:
  1 of the 3 ballot records (33.3%) is set aside: 1 not on the roster; the audit file lists them

accept
  FAILED: a tie (1 yes, 1 no) does not carry: the rule needs more than 1/2 of valid votes, 67% turnout.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1   50.0%
  No                1   50.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              2  66.7% turnout of 3 eligible
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,4,X7,,not-on-roster
