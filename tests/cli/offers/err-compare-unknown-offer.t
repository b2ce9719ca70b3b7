# --compare names offers by id; a typo gets a "did you mean".
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --compare union-dec lbp
--- stderr
bargain: --compare: no offer 'lbp' in sos/campaign.yaml
   = help: did you mean 'lbo'?
--- exit 2
