# With --by-unit, a ballot whose own unit is not one of the roster's units is an error at its line.
--- file roster.csv
voter,unit
V1,A
V2,
--- file ballots.csv
voter,unit,accept
V1,A,yes
V2,Z,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit
--- stderr
bargain: ballots.csv:3: this ballot's unit 'Z' is not a unit of the roster
--- exit 2
