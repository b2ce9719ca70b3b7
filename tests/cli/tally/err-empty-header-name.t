# A header column without a name is an error, exit 2.
--- file ballots.csv
voter,,accept
V1,x,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:7: column 2 of the header has no name
--- exit 2
