# A symbolic link where a scaffold file would go is in the way too, even when it points nowhere: init does not write through it.
--- run
mkdir repo
ln -s /nonexistent/elsewhere repo/roster.csv
bargain init repo
echo "exit $?"
ls -A repo
--- stdout
exit 2
roster.csv
--- stderr
bargain: repo/roster.csv: already exists
bargain: init never overwrites a file: nothing was written; move these away or choose another directory
