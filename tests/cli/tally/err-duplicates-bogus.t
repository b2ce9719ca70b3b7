# --duplicates takes only first or last.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --duplicates latest
--- stderr
bargain: --duplicates: latest not in {first,last}
Run 'bargain tally --help' for usage.
--- exit 2
