# --turnout 50% adds a turnout threshold: 2 ballots cast of 4 eligible is exactly half and carries.
--- file roster.csv
voter
V1
V2
V3
V4
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --roster roster.csv --turnout 50% --exit-status
--- stdout
Tally of 3 ballot records from 1 file
  ballots.csv: 3 records, sha256 56b114ed3ab38517
Roster: roster.csv: 4 voters, sha256 e03cc0533291d491
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority, turnout 50%
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no), 75.0% turnout.
  Rule: majority (more than 1/2 of valid votes; turnout of at least 50% of eligible voters)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              3  75.0% turnout of 4 eligible
