# A row with fewer fields than the header (a lost comma) is an error, exit 2.
--- file ballots.csv
voter,accept,strike
V1,yes,no
V2,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:4: this row has 2 fields but the header has 3
--- exit 2
