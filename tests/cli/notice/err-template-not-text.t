# A template file that is not text (a NUL byte or another control character), or too large to be a notice, is an error.
--- run
cp -r "$EXAMPLES/sos-2020" sos
printf "line one\nline two \0 three\n" > nul.mustache
printf "A\n\001\n" > control.mustache
head -c 1100000 /dev/zero | tr "\0" "a" > big.mustache
bargain notice sos/campaign.yaml picket-feb4 --template nul.mustache; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template control.mustache; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template big.mustache; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: nul.mustache:2: a NUL byte: a template must be text
bargain: control.mustache:2:1: a control character: a template must be text
bargain: big.mustache: a template larger than 1 MiB is not a notice template
