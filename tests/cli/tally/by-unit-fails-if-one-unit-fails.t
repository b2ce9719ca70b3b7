# With --by-unit the vote fails when any one unit rejects it, even if the total is a clear yes. (--min-unit-ballots 0 shows these small units' counts, which are what this tests.)
--- file roster.csv
voter,unit
V1,ifpe-4408
V2,ifpe-4408
V3,ifpe-4408
V4,ifpe-4408
V5,ifise-4407
V6,ifise-4407
--- file ballots.csv
voter,accept
V1,yes
V2,yes
V3,yes
V4,yes
V5,no
V6,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --min-unit-ballots 0 --exit-status
--- stdout
Tally of 6 ballot records from 1 file
  ballots.csv: 6 records, sha256 204cf99fa4d9e344
Roster: roster.csv: 6 voters, sha256 011f08ab10c00f09
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        every unit's counts shown (--min-unit-ballots 0), however few its ballots: a small unit's counts can show how its members voted
Warnings:
  every ballot in unit 'ifpe-4408' was yes: this report shows how each of its 4 voters voted; publish the whole vote's count only, or give --min-unit-ballots 5 (a vote's min_unit_ballots:) to withhold its counts
  every ballot in unit 'ifise-4407' was no: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts

accept
  FAILED: failed in ifise-4407 (the vote carries only if it carries in every unit; overall 4 yes, 2 no, 100% turnout).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               4   66.7%
  No                2   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              6  100.0% turnout of 6 eligible

  By unit (the vote carries only if it carries in every unit):
    unit       eligible    cast     yes      no abstain   blank    void  turnout  result
    ifpe-4408         4       4       4       0       0       0       0   100.0%  carried
    ifise-4407        2       2       0       2       0       0       0   100.0%  failed
--- stderr
bargain: warning: every ballot in unit 'ifpe-4408' was yes: this report shows how each of its 4 voters voted; publish the whole vote's count only, or give --min-unit-ballots 5 (a vote's min_unit_ballots:) to withhold its counts
bargain: warning: every ballot in unit 'ifise-4407' was no: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
--- exit 1
