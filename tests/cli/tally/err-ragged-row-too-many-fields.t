# A row with more fields than the header is an error at the first extra field, exit 2.
--- file ballots.csv
voter,accept
V1,yes
V2,no,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:7: this row has 3 fields but the header has 2
--- exit 2
