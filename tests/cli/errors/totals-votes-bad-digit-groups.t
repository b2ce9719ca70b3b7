# Votes grouped by blanks, but not in threes (12 34): not a number bargain can read without guessing: refused at the cell.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,12 34,33.6%
accept,Against,70,63.6%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:2:12: votes '12 34' is not a whole number (a blank in a number must separate groups of three digits)
  |
2 | accept,For,12 34,33.6%
  |            ^^^^^
--- exit 2
