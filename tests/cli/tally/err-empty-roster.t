# An empty roster file is an error: it cannot mean that nobody is eligible.
--- file ballots.csv
voter,accept
V1,yes
--- run
: > roster.csv
bargain tally ballots.csv --roster roster.csv
--- stderr
bargain: roster.csv:1:1: empty roster: expected a header row with a 'voter' column
--- exit 2
