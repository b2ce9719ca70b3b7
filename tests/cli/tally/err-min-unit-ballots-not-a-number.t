# --min-unit-ballots takes a whole number of ballots, 0 or more.
--- file ballots.csv
voter,unit,accept
V1,a,yes
--- run
bargain tally ballots.csv --by-unit --min-unit-ballots five
bargain tally ballots.csv --by-unit --min-unit-ballots -3
bargain tally ballots.csv --by-unit --min-unit-ballots 2.5
--- stderr
bargain: --min-unit-ballots 'five': expected a whole number of ballots, 0 or more (0 shows every unit's counts)
bargain: --min-unit-ballots '-3': expected a whole number of ballots, 0 or more (0 shows every unit's counts)
bargain: --min-unit-ballots '2.5': expected a whole number of ballots, 0 or more (0 shows every unit's counts)
--- exit 2
