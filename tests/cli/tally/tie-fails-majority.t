# A tie fails a majority vote: more than half of the valid votes is needed.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
bargain tally ballots.csv --exit-status
--- stdout
Tally of 2 ballot records from 1 file
  ballots.csv: 2 records, sha256 2def6c2838416e07
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  FAILED: a tie (1 yes, 1 no) does not carry: the rule needs more than 1/2 of valid votes.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1   50.0%
  No                1   50.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              2
--- exit 1
