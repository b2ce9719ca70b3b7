# The rule '>=2/3 of eligible' counts yes against everyone on the roster: 4 yes of 6 eligible carries.
--- file roster.csv
voter
V1
V2
V3
V4
V5
V6
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,yes
V4,yes
--- run
bargain tally ballots.csv --roster roster.csv --rule '>=2/3 of eligible' --exit-status
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 98fbbbc029333f1d
Roster: roster.csv: 6 voters, sha256 e7bde7b2f700020a
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               >=2/3 of eligible
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  CARRIED: approved with no votes against (4 yes, 0 no), 67% turnout.
  Rule: >=2/3 of eligible (yes votes from at least 2/3 of eligible voters)

                votes  share of valid
  Yes               4  100.0%
  No                0    0.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  66.7% turnout of 6 eligible
