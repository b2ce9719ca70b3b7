# Missing arguments, a bad --date and an unknown --format are usage errors.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --date 2020-02-30; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --date 02/03/2020; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --format pdf; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
--- stderr
bargain: notice needs a campaign file and an event id: bargain notice CAMPAIGN EVENT
bargain: --date: '2020-02-30': no such date
bargain: --date: '02/03/2020': expected a date as YYYY-MM-DD
bargain: --format: pdf not in {text,markdown,html}
Run 'bargain notice --help' for usage.
