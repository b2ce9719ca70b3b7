# A list, a yes/no or a group of names printed as if it were text is an error that says how to use it.
--- file list.mustache
Votes: {{votes}}
--- file flag.mustache
{{several_units}}
--- file group.mustache
When: {{event.date}}
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template list.mustache; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template flag.mustache; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template group.mustache; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
bargain: list.mustache:1:8: 'votes' is a list: use it as a section, {{#votes}}...{{/votes}}
bargain: flag.mustache:1:1: 'several_units' is a yes/no: use it as a section, {{#several_units}}...{{/several_units}} or {{^several_units}}...{{/several_units}}
bargain: group.mustache:1:7: 'event.date' is a group of names: name one of them, like {{event.date.FIELD}}, or use it as a section
