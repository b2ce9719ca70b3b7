# '1/2 of cast' counts abstentions and blanks against the motion: 2 yes of 5 cast fails though yes beat no.
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,no
V4,abstain
V5,
--- run
bargain tally ballots.csv --rule '1/2 of cast' --exit-status
--- stdout
Tally of 5 ballot records from 1 file
  ballots.csv: 5 records, sha256 147a29508cc1086c
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               >=1/2 of cast
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  FAILED: 2 yes, 1 no, short of the rule: it needs at least 1/2 of ballots cast.
  Rule: >=1/2 of cast (at least 1/2 of ballots cast)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           1
  Blank             1
  Void              0
  Cast              5
--- exit 1
