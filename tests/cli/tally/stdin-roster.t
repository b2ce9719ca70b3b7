# The roster may come from standard input instead of the ballots.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V9,yes
--- run
printf 'voter\nV1\nV2\n' | bargain tally ballots.csv --roster - --format json
--- stderr
bargain: only one input can be read from standard input ('-')
--- exit 2
