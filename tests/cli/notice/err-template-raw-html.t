# In html, {{{raw}}} and {{&raw}} tags are refused, since they would let a value from the campaign become markup; in text a raw tag is fine.
--- file raw.mustache
<h1>{{{event.title}}}</h1>
--- file amp.mustache
<p>{{&event.what}}</p>
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template raw.mustache --format html; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template amp.mustache --format html; echo "exit $?"
bargain notice sos/campaign.yaml picket-feb4 --template raw.mustache --format text; echo "exit $?"
--- stdout
exit 2
exit 2
<h1>Informational picketing for a fair contract</h1>
exit 0
--- stderr
bargain: raw.mustache:1:5: {{{event.title}}} would put 'event.title' into the page unescaped, where a value from the campaign could become markup; write {{event.title}}, which escapes it
bargain: amp.mustache:1:4: {{{event.what}}} would put 'event.what' into the page unescaped, where a value from the campaign could become markup; write {{event.what}}, which escapes it
