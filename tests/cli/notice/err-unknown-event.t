# An unknown event or vote id is an error with a "did you mean"; the id of a session or offer is named as such (a vote's id gives its result notice).
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb5; echo "exit $?"
bargain notice sos/campaign.yaml lbo-vot; echo "exit $?"
bargain notice sos/campaign.yaml s1; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: sos/campaign.yaml: no event or vote 'picket-feb5' in this campaign (did you mean 'picket-feb4'?)
bargain: sos/campaign.yaml: no event or vote 'lbo-vot' in this campaign (did you mean 'lbo-vote'?)
bargain: sos/campaign.yaml:27:5: 's1' is a session: a notice is for one of the campaign's events, or for a vote's result
