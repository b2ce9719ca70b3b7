# --today must be a date, and not before the first session: the span runs from it.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml --today 2020-02-30
bargain sessions sos/campaign.yaml --today 2019-07-08
--- stderr
bargain: --today: '2020-02-30': no such date
bargain: --today: 2019-07-08 is before the first session (2019-07-09): the span runs from the first session to --today
--- exit 2
