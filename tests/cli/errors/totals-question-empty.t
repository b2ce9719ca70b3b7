# A vendor's totals row without its question: refused at the cell, since its votes belong to no question.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
,Against,70,63.6%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:1: the question is empty: each row names the question its votes are for
  |
3 | ,Against,70,63.6%
  | ^
--- exit 2
