# -o FILE writes the notice to FILE, replacing an old one whole and leaving no temporary file behind; nothing goes to stdout.
--- file advisory.html
an old advisory
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --format html -o advisory.html
ls
grep -c "<title>Media advisory: Informational picketing for a fair contract</title>" advisory.html
--- stdout
advisory.html
sos
1
