# A row of totals whose unit is not one of the roster's is refused at its line, and the row is shown: the message names the unit, so no caret is needed to find it.
--- file roster.csv
voter,unit
V1,local-1
V2,local-2
--- file vendor-totals.csv
question,option,votes,unit
accept,yes,40,local-1
accept,yes,12,local-9
--- run
bargain tally --totals vendor-totals.csv --roster roster.csv
--- stderr
bargain: vendor-totals.csv:3: the unit 'local-9' of this row of totals is not a unit of the roster
  |
3 | accept,yes,12,local-9
--- exit 2
