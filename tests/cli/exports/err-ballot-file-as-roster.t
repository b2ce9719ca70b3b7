# The ballot export given as the roster too (tally p.csv --roster p.csv, or through a link) would put every voter on the roster: refused, saying to name the ballots and the roster apart.
--- file p.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,no
M1003,yes
--- run
ln -s p.csv roster.csv
bargain tally p.csv --roster p.csv --column voter="Member ID" --roster-column voter="Member ID"
echo "exit $?"
bargain tally p.csv --roster roster.csv --column voter="Member ID" --roster-column voter="Member ID"
--- stdout
exit 2
--- stderr
bargain: p.csv: this file is the roster (p.csv) and also a ballot file: name the ballots and the roster apart
bargain: p.csv: this file is the roster (roster.csv) and also a ballot file: name the ballots and the roster apart
--- exit 2
