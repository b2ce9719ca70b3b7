# --published totals are separated by commas, so "yes=1,234" is read as yes=1 and a stray 234: bargain says to write 1234; an empty --published says what it needs.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate lbo.json > /dev/null
bargain verify lbo.json --published "eligible=255,yes=1,234"; echo "exit $?"
bargain verify lbo.json --published ""; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: --published 'yes=1,234': the totals are separated by commas, so write yes=1234, without a thousands separator
bargain: --published needs the totals to compare with, e.g. --published "yes=578,no=131", or a YAML file of them
