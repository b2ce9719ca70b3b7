# With --by-unit, a counted ballot that belongs to no unit is an error at its line.
--- file ballots.csv
voter,unit,accept
V1,A,yes
V2,,no
--- run
bargain tally ballots.csv --by-unit
--- stderr
bargain: ballots.csv:3: this ballot has no unit, so --by-unit cannot place it: add a unit column to the roster or to the ballots
--- exit 2
