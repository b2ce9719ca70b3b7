# An unknown command is named in the error, not reported as a missing one.
--- run
bargain tallly ballots.csv 2> errors.txt
echo "exit $?"
grep -c tallly errors.txt
--- stdout
exit 2
1
