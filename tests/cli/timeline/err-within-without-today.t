# --within counts from --today, so it needs it; a bad --today is named.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml --within 7
bargain timeline sos/campaign.yaml --today 2020-02-30
--- stderr
bargain: --within needs --today: the days are counted from it
bargain: --today: '2020-02-30': no such date
--- exit 2
