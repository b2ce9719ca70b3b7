# --by-unit when neither the roster nor the ballots name any unit is an error.
--- file ballots.csv
voter,accept
--- run
bargain tally ballots.csv --by-unit
--- stderr
bargain: --by-unit needs units: neither the roster nor the ballots have a unit column
--- exit 2
