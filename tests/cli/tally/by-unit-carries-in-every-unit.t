# With --by-unit each unit is reported with its own result; the vote carries when it carries in every unit. (--min-unit-ballots 0 shows these small units' counts, which are what this tests.)
--- file roster.csv
voter,unit
V1,ifpe-4408
V2,ifpe-4408
V3,ifpe-4408
V4,ifise-4407
V5,ifise-4407
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,no
V4,yes
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --min-unit-ballots 0 --exit-status
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 05ea75f553f0be82
Roster: roster.csv: 5 voters, sha256 5c72942a3deed5de
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        every unit's counts shown (--min-unit-ballots 0), however few its ballots: a small unit's counts can show how its members voted
Warnings:
  every ballot in unit 'ifise-4407' was yes: this report shows how its one voter voted; publish the whole vote's count only, or give --min-unit-ballots 2 (a vote's min_unit_ballots:) to withhold its counts

accept
  CARRIED: approved in every unit (overall 3 yes, 1 no, 80% turnout).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  80.0% turnout of 5 eligible

  By unit (the vote carries only if it carries in every unit):
    unit       eligible    cast     yes      no abstain   blank    void  turnout  result
    ifpe-4408         3       3       2       1       0       0       0   100.0%  carried
    ifise-4407        2       1       1       0       0       0       0    50.0%  carried
--- stderr
bargain: warning: every ballot in unit 'ifise-4407' was yes: this report shows how its one voter voted; publish the whole vote's count only, or give --min-unit-ballots 2 (a vote's min_unit_ballots:) to withhold its counts
