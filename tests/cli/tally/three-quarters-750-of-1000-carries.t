# 750 yes of 1000 valid is exactly three quarters and carries.
--- run
{ echo voter,strike; seq 1 750 | awk '{print "V" $1 ",yes"}'; seq 751 1000 | awk '{print "V" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --rule three-quarters --exit-status
--- stdout
Tally of 1000 ballot records from 1 file
  ballots.csv: 1000 records, sha256 5c2dfb851cc55f79
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               three-quarters
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  CARRIED: approved by a 3-to-1 margin (750 yes, 250 no).
  Rule: three-quarters (at least 3/4 of valid votes)

                votes  share of valid
  Yes             750   75.0%
  No              250   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast           1000
