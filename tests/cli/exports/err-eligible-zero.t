# --eligible 0 is refused, not taken as "not given".
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --eligible 0; echo "exit $?"
bargain tally ballots.csv --eligible 00; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: --eligible '0': the number eligible must be a whole number of voters, 1 or more
bargain: --eligible '00': the number eligible must be a whole number of voters, 1 or more
