# With --roster and --challenge-unlisted, the trailing ',,' rows of a spreadsheet export are skipped, not sealed as challenged ballots from voters with no id: the one unlisted ballot (M1099) is the only one challenged, and it is not determinative: 3 yes, 1 no counted of 5 eligible.
--- run
printf 'Member ID,Submitted At,Do you accept the offer?\r\n' > ballots.csv
printf 'M1001,2026-03-02 09:15,yes\r\n' >> ballots.csv
printf 'M1002,2026-03-02 09:20,no\r\n' >> ballots.csv
printf 'M1003,2026-03-02 10:01,yes\r\n' >> ballots.csv
printf 'M1004,2026-03-02 10:03,yes\r\n' >> ballots.csv
printf 'M1099,2026-03-02 10:05,yes\r\n' >> ballots.csv
printf ',,\r\n,,\r\n,,\r\n' >> ballots.csv
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --roster roster.csv --challenge-unlisted --audit audit.csv
--- file roster.csv
voter
M1001
M1002
M1003
M1004
M1005
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 dda2cec6d55da61b (3 empty rows skipped)
Roster: roster.csv: 5 voters, sha256 2558c2af369550a5
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 1
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  not on the roster:  challenged (sealed)
  columns:            voter=Member ID, cast_at=Submitted At
Warnings:
  1 of the 5 ballot records (20%) is not counted: 1 challenged; the audit file lists them

Do you accept the offer?
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
ballots.csv,6,M1099,,challenged
