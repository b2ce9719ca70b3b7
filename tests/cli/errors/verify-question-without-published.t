# verify --question without --published: refused, since --question only says which question published totals are about.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
bargain verify c.json --question accept; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: --question is for --published: it says which question the published totals are about
