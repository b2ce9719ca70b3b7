# --min-unit-ballots without --by-unit is refused: without it no unit's counts are reported, so the option would do nothing.
--- file ballots.csv
voter,unit,accept
V1,a,yes
--- run
bargain tally ballots.csv --min-unit-ballots 3
--- stderr
bargain: --min-unit-ballots applies to --by-unit: without it no unit's counts are reported
--- exit 2
