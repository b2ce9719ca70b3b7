# --eligible must be a whole number of voters: -3 and 'ten' are usage errors.
--- file ballots.csv
Member ID,Do you accept the offer?
M1001,yes
M1002,no
--- run
bargain tally ballots.csv --column voter="Member ID" --eligible -3
echo "exit $?"
bargain tally ballots.csv --column voter="Member ID" --eligible ten
--- stdout
exit 2
--- stderr
bargain: --eligible '-3': the number eligible must be a whole number of voters, 1 or more
bargain: --eligible 'ten': the number eligible must be a whole number of voters, 1 or more
--- exit 2
