# Votes that are not a number (N/A for an option nobody chose): refused at the cell; write 0.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,Against,70,63.6%
accept,Abstain,N/A,
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:4:16: votes 'N/A' is not a whole number
  |
4 | accept,Abstain,N/A,
  |                ^^^
--- exit 2
