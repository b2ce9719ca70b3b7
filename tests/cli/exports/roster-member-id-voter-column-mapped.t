# The same export with --column voter="Member ID" --column cast_at="Submitted At": 4 ballots of 5 on the roster, 3 yes and 1 no, 80% turnout.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:15,yes
M1002,2026-03-02 09:20,no
M1003,2026-03-02 10:01,yes
M1004,2026-03-02 10:30,yes
--- file roster.csv
voter,unit
M1001,Local 12
M1002,Local 12
M1003,Local 12
M1004,Local 12
M1005,Local 12
--- run
bargain tally ballots.csv --roster roster.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 4580c1edfafa2f88
Roster: roster.csv: 5 voters, sha256 a4f18f18b3eb8f1c
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  columns:            voter=Member ID, cast_at=Submitted At

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
