# --campaign needs --vote (and --vote needs --campaign).
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain tally --campaign sos/campaign.yaml
bargain tally x.csv --vote lbo-vote
--- stderr
bargain: --campaign and --vote go together: the vote's id names which vote of the campaign to tally
bargain: --campaign and --vote go together: the vote's id names which vote of the campaign to tally
--- exit 2
