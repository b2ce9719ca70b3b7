# --published names a total bargain does not know (nay=152), or has an item without '=': refused, with the names there are and a did-you-mean.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
bargain verify c.json --published "yes=2,nay=1"; echo "exit $?"
bargain verify c.json --published "yes=2,no"; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: --published 'nay=1': expected NAME=NUMBER, where NAME is one of eligible, cast, valid, yes, no, abstain, blank, void (e.g. "yes=578,no=131")
   = help: did you mean 'no'?
bargain: --published 'no': expected NAME=NUMBER, where NAME is one of eligible, cast, valid, yes, no, abstain, blank, void (e.g. "yes=578,no=131")
