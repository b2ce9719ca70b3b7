# Votes written with a thousands separator ("1,234"): refused, since a comma or point could also be a decimal separator; a totals file is refused at its first problem, so the 2.345 below is not reached.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,"1,234",33.6%
accept,Against,2.345,63.6%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:2:12: votes '1,234' has a comma, a point or an apostrophe, which could separate thousands or decimals: write the whole number without it (1234)
  |
2 | accept,For,"1,234",33.6%
  |            ^^^^^^^
--- exit 2
