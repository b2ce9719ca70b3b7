# A template file named by a bare word (no '/' or '.') that exists but cannot be used says why, rather than "no built-in template or file of that name"; and the campaign and the template cannot both be read from standard input.
--- run
cp -r "$EXAMPLES/sos-2020" sos
printf "line one\0\n" > advisory
bargain notice sos/campaign.yaml picket-feb4 --template advisory; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template advisroy; echo "exit $?"
bargain notice - picket-feb4 --template - < sos/campaign.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: advisory:1: a NUL byte: a template must be text
bargain: --template 'advisroy': no built-in template or file of that name; the built-in templates are media-advisory, intent-to-strike, press-release, ballot-result
bargain: only one input can be read from standard input ('-')
