# Template syntax errors are located by line and column (the Mustache library only gives a byte offset): an unclosed tag, a section never closed, a section closed that was never opened, a bad delimiter change.
--- file unclosed-tag.mustache
MEDIA ADVISORY
WHEN: {{event.when}
--- file unclosed-section.mustache
{{#votes}}
* {{phrase}}
--- file unopened-section.mustache
Hello
  {{/votes}}
--- file bad-delimiters.mustache
{{=<%%>=}}
--- run
cp -r "$EXAMPLES/sos-2020" sos
for t in unclosed-tag unclosed-section unopened-section bad-delimiters; do
  bargain notice sos/campaign.yaml picket-feb4 --template $t.mustache; echo "exit $?"
done
--- stdout
exit 2
exit 2
exit 2
exit 2
--- stderr
bargain: unclosed-tag.mustache:2:7: this tag is never closed
bargain: unclosed-section.mustache:1:1: section 'votes' is opened here and never closed with {{/votes}}
bargain: unopened-section.mustache:2:3: {{/votes}} closes a section that is not open
bargain: bad-delimiters.mustache:1:1: a delimiter change must look like {{=<% %>=}}: two delimiters without spaces or '=' in them
