# Negative votes in a vendor's totals (a correction row): refused at the cell.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,Against,-2,
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:16: votes '-2' is negative
  |
3 | accept,Against,-2,
  |                ^^
--- exit 2
