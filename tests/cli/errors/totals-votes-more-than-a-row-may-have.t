# A row's votes of more than 1,000,000,000,000,000 (a number pasted into the wrong cell): refused at the cell.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,Against,7063600000000000000,63.6%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:16: votes '7063600000000000000' is more than 1000000000000000, the most one row may have
  |
3 | accept,Against,7063600000000000000,63.6%
  |                ^^^^^^^^^^^^^^^^^^^
--- exit 2
