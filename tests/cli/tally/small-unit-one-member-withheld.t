# A unit of one member shows its result and not its counts (its '0 yes, 1 no' would tell everyone how she voted); and the only other unit's counts are withheld too, since beside the whole vote's they would give hers away by subtraction.
--- file roster.csv
voter,unit
S01,shop
S02,shop
S03,shop
S04,shop
S05,shop
S06,shop
S07,shop
S08,shop
S09,shop
S10,shop
S11,shop
S12,shop
S13,shop
S14,shop
S15,shop
S16,shop
S17,shop
S18,shop
S19,shop
S20,shop
Y01,yard
--- file ballots.csv
voter,accept
S01,yes
S02,yes
S03,yes
S04,yes
S05,yes
S06,yes
S07,yes
S08,yes
S09,yes
S10,yes
S11,yes
S12,yes
S13,yes
S14,yes
S15,no
S16,no
S17,no
S18,no
S19,no
S20,no
Y01,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --exit-status
--- stdout
Tally of 21 ballot records from 1 file
  ballots.csv: 21 records, sha256 36d3ff9370e7d456
Roster: roster.csv: 21 voters, sha256 d0f61488ef7a438d
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        a unit with fewer than 5 ballots shows its result, not its counts, to keep the ballot secret

accept
  FAILED: failed in yard (the vote carries only if it carries in every unit; overall 14 yes, 7 no, 100% turnout).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes              14   66.7%
  No                7   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast             21  100.0% turnout of 21 eligible

  By unit (the vote carries only if it carries in every unit):
    unit eligible    cast     yes      no abstain   blank    void  turnout  result
    shop       20       *       *       *       *       *       *        *  carried
    yard        1       *       *       *       *       *       *        *  failed
    * shop: counts not shown: shown with the whole vote's, they would give away those of 'yard' by subtraction
    * yard: fewer than 5 ballots: counts not shown, to keep the ballot secret
--- exit 1
