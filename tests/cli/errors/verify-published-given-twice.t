# --published gives the same total twice (yes=2,no=1,yes=3): refused, since it cannot say which one was published.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
bargain verify c.json --published "yes=2,no=1,yes=3"; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: --published 'yes' is given twice (yes=2 and yes=3); give each total once
