# With --by-unit, a counted ballot that belongs to no unit is an error at its line.
--- file ballots.csv
voter,unit,accept
V1,A,yes
V2,,no
--- run
bargain tally ballots.csv --by-unit
--- stderr
bargain: ballots.csv:3:4: this ballot has no unit (its unit cell is empty), so --by-unit cannot place it: fill in its unit
--- exit 2
