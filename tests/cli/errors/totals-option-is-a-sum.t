# A vendor's totals with a Total votes row under the options: refused at the option, since bargain adds up the options itself.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,Against,70,63.6%
accept,Total,107,100%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:4:8: option 'Total' of 'accept' looks like the sum of the other options, not an answer: delete its row (bargain adds up the options itself)
  |
4 | accept,Total,107,100%
  |        ^^^^^
--- exit 2
