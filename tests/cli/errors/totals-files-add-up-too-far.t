# Two totals files whose counts for one question together pass 1,000,000,000,000,000 ballots (a number pasted wrong): refused, never overflowed.
--- file online.csv
question,option,votes
accept,yes,600000000000000
--- file paper.csv
question,option,votes
accept,no,600000000000000
--- run
bargain tally --totals online.csv --totals paper.csv --eligible 120
--- stderr
bargain: paper.csv:2: with this row of totals the count for 'accept' would pass 1,000,000,000,000,000 ballots: is a number in it wrong?
  |
2 | accept,no,600000000000000
--- exit 2
