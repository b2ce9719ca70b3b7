# Exactly two thirds of the valid votes carries a two-thirds vote (200 yes, 100 no), compared exactly, not in floating point.
--- run
{ echo voter,strike; seq 1 200 | awk '{print "V" $1 ",yes"}'; seq 201 300 | awk '{print "V" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --rule two-thirds --exit-status
--- stdout
Tally of 300 ballot records from 1 file
  ballots.csv: 300 records, sha256 b5c16c6a62d46f1e
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               two-thirds
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  CARRIED: approved by a 2-to-1 margin (200 yes, 100 no).
  Rule: two-thirds (at least 2/3 of valid votes)

                votes  share of valid
  Yes             200   66.7%
  No              100   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast            300
