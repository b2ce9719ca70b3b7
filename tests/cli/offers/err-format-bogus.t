# An unknown --format is a usage error.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --format html
--- stderr
bargain: --format: html not in {text,markdown,json,csv}
Run 'bargain offers --help' for usage.
--- exit 2
