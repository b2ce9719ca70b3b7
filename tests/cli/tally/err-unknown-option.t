# An unknown option is a usage error, exit 2, pointing at the help.
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --rules majority
--- stderr
bargain: unknown option '--rules'
   = help: did you mean '--rule'?
Run 'bargain tally --help' for usage.
--- exit 2
