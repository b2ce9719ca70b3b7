# A two-thirds vote where everyone abstained or left it blank has no yes votes and must not carry.
# (yes*3 >= valid*2 is 0 >= 0 here; a strike cannot be authorised by nobody.)
--- file ballots.csv
voter,strike
V1,abstain
V2,
--- run
bargain tally ballots.csv --rule two-thirds --exit-status
--- stdout
Tally of 2 ballot records from 1 file
  ballots.csv: 2 records, sha256 12585f0fb15e5c65
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0

strike
  FAILED: no valid votes.
  Rule: two-thirds (at least 2/3 of valid votes)

                votes  share of valid
  Yes               0
  No                0
  Abstain           1
  Blank             1
  Void              0
  Cast              2
--- exit 1
