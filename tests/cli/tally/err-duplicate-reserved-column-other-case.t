# 'voter' and 'Voter' are the same reserved column, so a header with both is a duplicate column.
--- file ballots.csv
voter,Voter,accept
V1,V2,yes
--- run
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:7: the 'voter' column appears twice in the header: 'voter' (column 1) and 'Voter'
--- exit 2
