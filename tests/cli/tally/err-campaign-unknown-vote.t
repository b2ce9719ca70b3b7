# A vote id the campaign does not have is an error with a did-you-mean.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain tally --campaign sos/campaign.yaml --vote lbo-vot
--- stderr
bargain: sos/campaign.yaml: no vote 'lbo-vot' in this campaign
   = help: did you mean 'lbo-vote'?
--- exit 2
