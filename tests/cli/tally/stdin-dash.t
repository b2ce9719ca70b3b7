# '-' reads ballots from standard input, named <stdin> in the report.
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,no
--- run
cat ballots.csv | bargain tally -
--- stdout
Tally of 3 ballot records from 1 file
  <stdin>: 3 records, sha256 537a489dc5fb21b1
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
  Abstain           0
  Blank             0
  Void              0
  Cast              3
