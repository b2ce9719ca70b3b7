# A roster without a voter column is an error, with a hint when a column is close.
--- file roster.csv
voters,unit
V1,A
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --roster roster.csv
--- stderr
bargain: roster.csv:1:1: the roster has no 'voter' column (did you mean 'voter'?)
--- exit 2
