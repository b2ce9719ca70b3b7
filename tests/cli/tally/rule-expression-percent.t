# A percentage rule '60%' means at least 60% of the valid votes: 3 yes, 2 no carries exactly.
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,yes
V4,no
V5,no
--- run
bargain tally ballots.csv --rule 60% --exit-status
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 5ee4a6f966f9969e
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               >=60%
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  CARRIED: approved by a 1.5-to-1 margin (3 yes, 2 no).
  Rule: >=60% (at least 60% of valid votes)

                votes  share of valid
  Yes               3   60.0%
  No                2   40.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              5
