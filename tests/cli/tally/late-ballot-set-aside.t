# A late ballot is set aside even when it is the voter's only ballot.
--- file ballots.csv
voter,cast_at,accept
V1,2026-03-10T10:00,yes
V2,2026-03-10T19:30,no
--- run
bargain tally ballots.csv --closes 2026-03-10T19:00 --audit audit.csv
--- stdout
Tally of 2 ballot records from 1 file
  ballots.csv: 2 records, sha256 98613352f8704d56
Set aside: 1 (0 duplicate, 1 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      until 2026-03-10T19:00 (UTC)
  duplicates:         the first ballot of a voter counts
Warnings:
  1 of the 2 ballot records (50%) is set aside: 1 outside the voting window; the audit file lists them

accept
  CARRIED: approved with no votes against (1 yes, 0 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1  100.0%
  No                0    0.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              1
--- stderr
bargain: warning: 1 of the 2 ballot records (50%) is set aside: 1 outside the voting window; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V2,,outside-window
