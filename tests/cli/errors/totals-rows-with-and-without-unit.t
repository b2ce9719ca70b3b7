# A totals file mixes rows with a unit and rows without one: the unitless row is likely the units' total, so it is refused, whichever comes first.
--- file units-first.csv
question,option,votes,unit
accept,yes,20,local-4408
accept,yes,37,
--- file total-first.csv
question,option,votes,unit
accept,yes,37,
accept,yes,20,local-4408
--- run
bargain tally --totals units-first.csv --eligible 120
bargain tally --totals total-first.csv --eligible 120
--- stderr
bargain: units-first.csv:3:15: this row of 'accept' has no unit, but the row at line 2 has one: is this row the units' total? Give each row of 'accept' its unit, or delete the total
  |
3 | accept,yes,37,
  |               ^
bargain: total-first.csv:3:15: this row of 'accept' has a unit, but the row at line 2 has none: is that row the units' total? Give each row of 'accept' its unit, or delete the total
  |
3 | accept,yes,20,local-4408
  |               ^^^^^^^^^^
--- exit 2
