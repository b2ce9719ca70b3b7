# Yes, no and abstain count in any case, with blanks or tabs around them.
--- file ballots.csv
voter,accept
V1, YES 
V2,Yes
V3,	yes	
V4,NO
V5, no
V6,Abstain
V7,  ABSTAIN
--- run
bargain tally ballots.csv
--- stdout
Tally of 7 ballot records from 1 file
  ballots.csv: 7 records, sha256 4c3fb4068deaf776
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  CARRIED: approved by a 1.5-to-1 margin (3 yes, 2 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   60.0%
  No                2   40.0%
  Abstain           2
  Blank             0
  Void              0
  Cast              7
