# A problem in a vendor's totals shows the row under the message, the caret under the whole cell (a quoted one with its quotes): totals are published counts. A problem in a ballot file (a ragged row) never shows the row: it would print a vote into a CI log.
--- file vendor-totals.csv
Question,Option,Votes,Local
accept,For,120,local-1
accept,Against,"1,052",local-1
--- file ballots.csv
Member ID,accept
M1001,For,
--- run
bargain tally --totals vendor-totals.csv --eligible 2000 --answer For=yes --answer Against=no
bargain tally ballots.csv --column voter="Member ID" --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:3:16: votes '1,052' has a comma, a point or an apostrophe, which could separate thousands or decimals: write the whole number without it (1234)
  |
3 | accept,Against,"1,052",local-1
  |                ^^^^^^^
bargain: ballots.csv:2:11: this row has 3 fields but the header has 2
--- exit 2
