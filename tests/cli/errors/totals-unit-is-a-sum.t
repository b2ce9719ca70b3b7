# A totals file with a Total row under its units' rows would count every vote twice: refused at the unit, with what to do.
--- file vendor-totals.csv
Question,Option,Votes,Local
accept,For,20,Local 4408
accept,Against,41,Local 4408
accept,For,17,Local 4407
accept,Against,29,Local 4407
accept,For,37,Total
accept,Against,70,Total
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --column unit=Local --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:6:15: unit 'Total' looks like the sum of the other units, not a unit: delete its rows (bargain adds up the units itself)
  |
6 | accept,For,37,Total
  |               ^^^^^
--- exit 2
