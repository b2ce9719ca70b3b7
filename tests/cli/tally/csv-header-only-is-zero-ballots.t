# A ballot file with only its header row is no error: no ballots were received.
--- file ballots.csv
voter,accept
--- run
bargain tally ballots.csv --exit-status
--- stdout
Tally of 0 ballot records from 1 file
  ballots.csv: 0 records, sha256 d527f4071720e15e
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  FAILED: no valid votes.
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               0
  No                0
  Abstain           0
  Blank             0
  Void              0
  Cast              0
--- exit 1
