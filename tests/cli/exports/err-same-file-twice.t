# The same export named twice (tally p.csv p.csv, or p.csv ./p.csv) would count every ballot twice: refused, naming the file.
--- file p.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,no
M1003,yes
--- run
bargain tally p.csv p.csv --column voter="Member ID"
echo "exit $?"
bargain tally p.csv ./p.csv --column voter="Member ID"
--- stdout
exit 2
--- stderr
bargain: p.csv: this file is named twice: its ballots would be counted twice
bargain: ./p.csv: this file is the same file as p.csv: its ballots would be counted twice
--- exit 2
