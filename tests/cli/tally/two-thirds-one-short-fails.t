# One yes short of two thirds (199 yes, 101 no) fails a two-thirds vote.
--- run
{ echo voter,strike; seq 1 199 | awk '{print "V" $1 ",yes"}'; seq 200 300 | awk '{print "V" $1 ",no"}'; } > ballots.csv
bargain tally ballots.csv --rule two-thirds --exit-status
--- stdout
Tally of 300 ballot records from 1 file
  ballots.csv: 300 records, sha256 b7ab0d7090477bd1
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               two-thirds
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  FAILED: 199 yes, 101 no, short of the rule: it needs at least 2/3 of valid votes.
  Rule: two-thirds (at least 2/3 of valid votes)

                votes  share of valid
  Yes             199   66.3%
  No              101   33.7%
  Abstain           0
  Blank             0
  Void              0
  Cast            300
--- exit 1
