# From 2026-02-18 the 40% rule is repealed: the same ballots that fail uk-2016-ips carry under uk-2026.
--- file roster.csv
voter
M1
M2
M3
M4
M5
M6
M7
M8
M9
M10
--- file ballots.csv
voter,action
M1,yes
M2,yes
M3,yes
M4,no
M5,no
M6,abstain
--- run
bargain tally ballots.csv --roster roster.csv --rule uk-2026 --exit-status
--- stdout
Tally of 6 ballot records from 1 file
  ballots.csv: 6 records, sha256 d564db99446bd9ea
Roster: roster.csv: 10 voters, sha256 6ded4bd44fcc35b4
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uk-2026
  voting window:      none
  duplicates:         the first ballot of a voter counts

action
  CARRIED: approved by a 1.5-to-1 margin (3 yes, 2 no), 60.0% turnout.
  Rule: uk-2026 (turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   60.0%
  No                2   40.0%
  Abstain           1
  Blank             0
  Void              0
  Cast              6  60.0% turnout of 10 eligible
