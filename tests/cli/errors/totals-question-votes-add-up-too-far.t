# One question's votes in a file add up to more than 1,000,000,000,000,000: refused at the row that passes it.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,600000000000000,
accept,Against,600000000000000,
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:16: the votes of 'accept' add up to more than 1000000000000000, the most one file may give a question
  |
3 | accept,Against,600000000000000,
  |                ^^^^^^^^^^^^^^^
--- exit 2
