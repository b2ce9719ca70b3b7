# An unknown --format is a usage error.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --format html
--- stderr
bargain: --format html is for --members: the members' table is the page a local posts
--- exit 2
