# A tally stopped (SIGTERM) while it writes a 30 MB audit file leaves no temporary file behind: the signal waits until the new file is renamed into place, so the audit is either the old one or the whole new one (here always the new one, as the signal is sent once the temporary file exists). Whether the tally then exits 0 or 143 depends on timing, so it is not shown.
--- run
awk 'BEGIN { print "voter,accept"; for (i = 0; i < 1000000; i++) print "V1,yes" }' > ballots.csv
echo "the old audit" > audit.csv
bargain tally ballots.csv --audit audit.csv > /dev/null &
tally=$!
while kill -0 $tally 2>/dev/null && ! ls audit.csv.?????? > /dev/null 2>&1; do :; done
kill -TERM $tally 2>/dev/null
{ wait $tally; } 2>/dev/null
ls
head -2 audit.csv
wc -l < audit.csv
--- stdout
audit.csv
ballots.csv
file,line,voter,ballot,status
ballots.csv,3,V1,,duplicate
1000000
--- stderr
bargain: warning: 999,999 of the 1,000,000 ballot records (100%) are set aside: 999,999 duplicate; the audit file lists them
