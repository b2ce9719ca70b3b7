# A team's own template is not held to what the built-ins need, but a value it prints that this campaign leaves empty is a warning at the template's line and column (once per name); one it prints only inside a section that tests it is not. The notice is written, exit 0.
--- file campaign.yaml
bargain: 1
campaign: {name: Test}
events:
  - {id: rally, kind: rally, title: Rally, date: 2020-02-04}
--- file mine.mustache
Dear {{campaign.employer}},
{{#campaign.employer_address}}{{campaign.employer_address}}{{/campaign.employer_address}}
Next session: {{next_session.date.long}}; again {{campaign.employer}}.
--- run
bargain notice campaign.yaml rally --template mine.mustache; echo "exit $?"
--- stdout
Dear ,

Next session: ; again .
exit 0
--- stderr
bargain: mine.mustache:1:6: warning: 'campaign.employer' is empty for this campaign, so nothing is printed here; to print it only when it is given, put it in {{#campaign.employer}}...{{/campaign.employer}}
bargain: mine.mustache:3:15: warning: 'next_session.date.long' is empty for this campaign, so nothing is printed here; to print it only when it is given, put it in {{#next_session.date.long}}...{{/next_session.date.long}}
