# An unknown event id is an error with a "did you mean"; the id of a vote, session or offer is named as such.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb5; echo "exit $?"
bargain notice sos/campaign.yaml lbo-vote; echo "exit $?"
bargain notice sos/campaign.yaml s1; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: sos/campaign.yaml: no event 'picket-feb5' in this campaign (did you mean 'picket-feb4'?)
bargain: sos/campaign.yaml:47:5: 'lbo-vote' is a vote, not an event: a notice is for one of the campaign's events
bargain: sos/campaign.yaml:26:5: 's1' is a session, not an event: a notice is for one of the campaign's events
