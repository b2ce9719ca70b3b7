# 749 yes of 1000 valid is just short of three quarters and fails.
--- run
{ echo voter,strike; seq 1 749 | awk '{print "V" $1 ",yes"}'; seq 750 1000 | awk '{print "V" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --rule three-quarters --exit-status
--- stdout
Tally of 1000 ballot records from 1 file
  ballots.csv: 1000 records, sha256 29b4c2bc3e386249
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               three-quarters
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  FAILED: 749 yes, 251 no, short of the rule: it needs at least 3/4 of valid votes.
  Rule: three-quarters (at least 3/4 of valid votes)

                votes  share of valid
  Yes             749   74.9%
  No              251   25.1%
  Abstain           0
  Blank             0
  Void              0
  Cast           1000
--- exit 1
