# The rule '>1/2 of valid' is a strict majority: a tie fails, as with majority.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,abstain
--- run
bargain tally ballots.csv --rule '>1/2 of valid' --exit-status
--- stdout
Tally of 3 ballot records from 1 file
  ballots.csv: 3 records, sha256 85c9e17ae8f31866
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               >1/2 of valid
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  FAILED: a tie (1 yes, 1 no) does not carry: the rule needs more than 1/2 of valid votes.
  Rule: >1/2 of valid (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1   50.0%
  No                1   50.0%
  Abstain           1
  Blank             0
  Void              0
  Cast              3
--- exit 1
