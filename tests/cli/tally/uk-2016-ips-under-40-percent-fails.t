# Important public services: yes from 3 of 10 entitled is under 40%, so it fails though yes beat no.
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
bargain tally ballots.csv --roster roster.csv --rule uk-2016-ips --exit-status
--- stdout
Tally of 6 ballot records from 1 file
  ballots.csv: 6 records, sha256 d564db99446bd9ea
Roster: roster.csv: 10 voters, sha256 6ded4bd44fcc35b4
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               uk-2016-ips
  voting window:      none
  duplicates:         the first ballot of a voter counts

action
  FAILED: 3 yes, 2 no, 60.0% turnout, short of the rule: it needs yes votes from at least 40% of eligible voters.
  Rule: uk-2016-ips (turnout of at least 1/2 of eligible voters; more than 1/2 of valid votes; yes votes from at least 40% of eligible voters)

                votes  share of valid
  Yes               3   60.0%
  No                2   40.0%
  Abstain           1
  Blank             0
  Void              0
  Cast              6  60.0% turnout of 10 eligible
--- exit 1
