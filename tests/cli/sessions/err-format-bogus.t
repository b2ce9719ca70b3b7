# An unknown --format is a usage error.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml --format ics
--- stderr
bargain: --format: ics not in {text,markdown,json,csv}
Run 'bargain sessions --help' for usage.
--- exit 2
