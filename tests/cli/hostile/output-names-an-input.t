# An output that names a file the run reads (by any spelling, through a link too) or another output is refused before anything is written, so a slip of the keyboard cannot swap the ballots or the campaign for a report. The files are unchanged afterwards.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cp sos/ballots/lbo-vote.csv ballots.csv
ln -s ballots.csv link.csv
sha256sum ballots.csv sos/campaign.yaml sos/ballots/lbo-vote.csv sos/roster.csv > before.txt
bargain tally ballots.csv -o ballots.csv; echo "exit $?"
bargain tally ballots.csv --question accept -o ./link.csv; echo "exit $?"
bargain tally ballots.csv --audit audit.csv --chart ./audit.csv; echo "exit $?"
bargain tally --campaign sos/campaign.yaml --vote lbo-vote --audit sos/ballots/lbo-vote.csv; echo "exit $?"
bargain tally ballots.csv --roster sos/roster.csv -o sos/../sos/roster.csv; echo "exit $?"
bargain timeline sos/campaign.yaml --format ics -o sos/campaign.yaml; echo "exit $?"
bargain sessions sos/campaign.yaml -o sos/campaign.yaml; echo "exit $?"
bargain offers sos/campaign.yaml -o sos/campaign.yaml; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 -o sos/ballots/lbo-vote.csv; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 -o sos/roster.csv; echo "exit $?"
sha256sum -c --quiet before.txt && echo "inputs unchanged"
ls
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
inputs unchanged
ballots.csv
before.txt
link.csv
sos
--- stderr
bargain: ballots.csv: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: ./link.csv: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: ./audit.csv: --audit and --chart name the same file; one would replace the other. Nothing was written
bargain: sos/ballots/lbo-vote.csv: --audit names a file this run reads; writing it would replace it. Nothing was written
bargain: sos/../sos/roster.csv: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: sos/campaign.yaml: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: sos/campaign.yaml: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: sos/campaign.yaml: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: sos/ballots/lbo-vote.csv: -o names a file this run reads; writing it would replace it. Nothing was written
bargain: sos/roster.csv: -o names a file this run reads; writing it would replace it. Nothing was written
