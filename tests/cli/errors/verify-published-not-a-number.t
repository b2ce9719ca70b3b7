# --published gives a total that is not a whole number of votes (yes=two, no=-1, yes=): refused, naming the item.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
bargain verify c.json --published "yes=two,no=1"; echo "exit $?"
bargain verify c.json --published "yes=2,no=-1"; echo "exit $?"
bargain verify c.json --published "yes=,no=1"; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: --published 'yes=two': yes must be a whole number of votes, in digits only (e.g. yes=578)
bargain: --published 'no=-1': no must be a whole number of votes, in digits only (e.g. no=578)
bargain: --published 'yes=': yes must be a whole number of votes, in digits only (e.g. yes=578)
