# One vote more than half the valid votes carries a majority vote; abstentions do not count against it.
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,no
V4,abstain
V5,abstain
--- run
bargain tally ballots.csv --exit-status
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 1079ebb8fb249994
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           2
  Blank             0
  Void              0
  Cast              5
