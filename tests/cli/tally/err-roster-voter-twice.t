# A voter listed twice on the roster is an error naming both lines, since it would inflate eligible.
--- file roster.csv
voter,unit
V1,A
V2,A
V1,B
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --roster roster.csv
--- stderr
bargain: roster.csv:4:1: voter 'V1' is on the roster twice (first at line 2)
--- exit 2
