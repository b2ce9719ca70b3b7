# A user template that names something the data does not have is an error at its line and column, with a "did you mean", even inside a section this campaign would not render.
--- file typo.mustache
MEDIA ADVISORY
  WHAT: {{event.titel}}
--- file typo-in-section.mustache
{{#next_session}}
Next: {{date.lnog}}
{{/next_session}}
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template typo.mustache; echo "exit $?"
bargain notice sos/campaign.yaml intent-notice --template typo-in-section.mustache; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: typo.mustache:2:9: unknown name 'event.titel' (did you mean 'event.title'?); the names a notice template can use are listed in bargain-notice(1)
bargain: typo-in-section.mustache:2:7: unknown name 'date.lnog' (did you mean 'date.long'?); the names a notice template can use are listed in bargain-notice(1)
