# The UAW rule carries at exactly two thirds of the valid votes; abstentions and blanks do not count.
--- file ballots.csv
voter,strike
V1,yes
V2,yes
V3,no
V4,abstain
V5,
--- run
bargain tally ballots.csv --rule uaw --exit-status
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 4dfb035535c128c3
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uaw
  voting window:      none
  duplicates:         the first ballot of a voter counts

strike
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no).
  Rule: uaw (at least 2/3 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           1
  Blank             1
  Void              0
  Cast              5
