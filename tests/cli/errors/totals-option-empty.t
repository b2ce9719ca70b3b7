# A vendor's totals row without its option: refused at the cell, since its votes are for no answer.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,,70,63.6%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:8: the option is empty: name the answer these votes are for (yes, no, abstain, blank, void, or a word mapped with --answer)
  |
3 | accept,,70,63.6%
  |        ^
--- exit 2
