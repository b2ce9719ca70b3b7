# A header naming the same question twice is an error: which column would count?
--- file ballots.csv
voter,accept,accept
V1,yes,no
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:14: column 'accept' appears twice in the header (also column 2)
--- exit 2
