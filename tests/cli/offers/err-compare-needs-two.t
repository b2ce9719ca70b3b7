# --compare takes exactly two offer ids.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --compare lbo
--- stderr
bargain: --compare: At least 2 required but received 1
Run 'bargain offers --help' for usage.
--- exit 2
