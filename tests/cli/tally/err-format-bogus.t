# An unknown --format is a usage error listing the formats.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --format pdf
--- stderr
bargain: --format: pdf not in {text,json,yaml,csv,markdown}
Run 'bargain tally --help' for usage.
--- exit 2
