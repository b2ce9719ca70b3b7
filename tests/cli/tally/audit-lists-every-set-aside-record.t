# The audit lists every record not counted (file, line, voter, ballot, status) and never a choice.
--- file roster.csv
voter
V1
V2
V3
--- file ballots.csv
voter,ballot,cast_at,accept
V1,S1,2026-03-10T10:00,yes
V1,S2,2026-03-10T11:00,no
V2,S3,2026-03-12T10:00,no
X9,S4,2026-03-10T12:00,yes
X8,S5,2026-03-10T12:00,no
V3,S6,2026-03-10T12:30,no
--- run
bargain tally ballots.csv --roster roster.csv --closes 2026-03-11 --audit audit.csv > /dev/null
--- stderr
bargain: warning: 4 of the 6 ballot records (66.7%) are set aside: 1 duplicate, 1 outside the voting window, 2 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V1,S2,duplicate
ballots.csv,4,V2,S3,outside-window
ballots.csv,5,X9,S4,not-on-roster
ballots.csv,6,X8,S5,not-on-roster
