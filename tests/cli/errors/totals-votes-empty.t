# A vendor's totals row with its votes cell empty: refused at the cell, not read as 0.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,Against,,
accept,Abstain,3,2.7%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:16: the votes are empty: write 0 for an option that got none
  |
3 | accept,Against,,
  |                ^
--- exit 2
