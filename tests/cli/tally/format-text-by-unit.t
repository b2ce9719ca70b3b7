# The text report shows turnout and a per-unit table with each unit's result.
--- file roster.csv
voter,unit
V1,ifpe-4408
V2,ifpe-4408
V3,ifpe-4408
V4,ifise-4407
V5,ifise-4407
--- file ballots.csv
voter,accept
V1,no
V2,no
V3,yes
V4,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit
--- stdout
Tally of 4 ballot records from 1 file
  ballots.csv: 4 records, sha256 32e44295840313d6
Roster: roster.csv: 5 voters, sha256 5c72942a3deed5de
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        a unit with fewer than 5 ballots shows its result, not its counts, to keep the ballot secret

accept
  FAILED: failed in ifpe-4408 and ifise-4407 (the vote carries only if it carries in every unit; overall 1 yes, 3 no, 80% turnout).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               1   25.0%
  No                3   75.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  80.0% turnout of 5 eligible

  By unit (the vote carries only if it carries in every unit):
    unit       eligible    cast     yes      no abstain   blank    void  turnout  result
    ifpe-4408         3       *       *       *       *       *       *        *  failed
    ifise-4407        2       *       *       *       *       *       *        *  failed
    * ifpe-4408: fewer than 5 ballots: counts not shown, to keep the ballot secret
    * ifise-4407: fewer than 5 ballots: counts not shown, to keep the ballot secret
