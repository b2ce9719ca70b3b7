# The same export reached through a symbolic link (latest.csv -> p.csv), or a hard link, is the same file: refused, naming both paths.
--- file p.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,no
M1003,yes
--- run
ln -s p.csv latest.csv
ln p.csv hard.csv
bargain tally p.csv latest.csv --column voter="Member ID"
echo "exit $?"
bargain tally hard.csv p.csv --column voter="Member ID"
--- stdout
exit 2
--- stderr
bargain: latest.csv: this file is the same file as p.csv: its ballots would be counted twice
bargain: p.csv: this file is the same file as hard.csv: its ballots would be counted twice
--- exit 2
