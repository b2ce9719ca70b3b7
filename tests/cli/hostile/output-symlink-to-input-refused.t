# An output whose path leads to an input through a chain of links, or an input given through a link whose output is the real file, is refused before anything is written: the check compares device and inode.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
mkdir out
ln -s ../ballots.csv out/hop.csv
ln -s out/hop.csv report.csv
ln -s ballots.csv via-link.csv
cp ballots.csv before.csv
bargain tally ballots.csv -o report.csv; echo "exit $?"
bargain tally via-link.csv --audit ballots.csv; echo "exit $?"
cmp ballots.csv before.csv && echo "ballots unchanged"
test -L report.csv && echo "report.csv is still a link"
--- stdout
exit 2
exit 2
ballots unchanged
report.csv is still a link
--- stderr
bargain: report.csv: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: ballots.csv: --audit names a file this run reads; writing it would replace it. Nothing was written
