# A roster row with an empty voter id is an error.
--- file roster.csv
voter,unit
V1,A
,B
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --roster roster.csv
--- stderr
bargain: roster.csv:3:1: a roster entry without a voter id
--- exit 2
