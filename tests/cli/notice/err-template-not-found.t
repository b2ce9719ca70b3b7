# --template names a built-in or a file: a misspelt built-in gets a "did you mean", a missing file is named.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template media-advisry; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template templates/advisory.mustache; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: --template 'media-advisry': no built-in template or file of that name (did you mean 'media-advisory'?); the built-in templates are media-advisory, intent-to-strike, press-release, ballot-result
bargain: templates/advisory.mustache: cannot open: No such file or directory
