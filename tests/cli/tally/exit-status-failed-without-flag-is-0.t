# Without --exit-status a motion that fails still exits 0: the report was produced.
--- file ballots.csv
voter,accept
V1,no
V2,no
V3,yes
--- run
bargain tally ballots.csv
--- stdout
Tally of 3 ballot records from 1 file
  ballots.csv: 3 records, sha256 2d9ae179ce05e531
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  FAILED: rejected by a 2-to-1 margin (2 no, 1 yes).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1   33.3%
  No                2   66.7%
  Abstain           0
  Blank             0
  Void              0
  Cast              3
