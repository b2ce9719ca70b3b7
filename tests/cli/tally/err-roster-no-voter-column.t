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
bargain: roster.csv:1:1: the roster has no 'voter' column; its columns are: voters, unit. Map the column that holds each voter's id: --roster-column voter=voters (or roster_columns: {voter: voters} in the campaign vote)
   = help: did you mean 'voter'?
--- exit 2
