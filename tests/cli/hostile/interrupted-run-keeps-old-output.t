# A tally stopped part-way (here by SIGTERM while it is still reading its ballots from a pipe) leaves the old report and audit file exactly as they were, and no temporary file beside them: output is written whole, then renamed over the old file.
--- file report.txt
the old report
--- file audit.csv
the old audit
--- run
mkfifo ballots.fifo
bargain tally ballots.fifo -o report.txt --audit audit.csv &
tally=$!
exec 3>ballots.fifo
printf 'voter,accept\nV1,yes\nV2,no\n' >&3
sleep 0.2
kill -TERM $tally
{ wait $tally; } 2>/dev/null; echo "exit $?"
exec 3>&-
cat report.txt audit.csv
ls
--- stdout
exit 143
the old report
the old audit
audit.csv
ballots.fifo
report.txt
