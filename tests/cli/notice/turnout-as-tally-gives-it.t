# A notice's turnout reads as the tally's does: under a rule with a turnout threshold (uk-2016, half the members), 499 of 1,000 is 49.9%, never the 50% it fell short of.
--- file campaign.yaml
bargain: 1
campaign: {name: Turnout}
votes:
  - {id: sa, kind: strike-authorization, question: "Strike?", closes: 2026-03-01, ballots: ballots.csv, roster: roster.csv, rule: uk-2016}
events:
  - {id: rally, kind: rally, date: 2026-03-05}
--- file turnout.mustache
{{#strike_vote}}turnout {{turnout}} of {{eligible}}: {{result}}{{/strike_vote}}
--- run
awk 'BEGIN { print "voter"; for (i = 1; i <= 1000; i++) print "M" i }' > roster.csv
awk 'BEGIN { print "voter,cast_at,sa"; for (i = 1; i <= 499; i++) print "M" i ",2026-03-01,yes" }' > ballots.csv
bargain notice campaign.yaml rally --template ./turnout.mustache
bargain tally --campaign campaign.yaml --vote sa | grep FAILED
--- stdout
turnout 49.9% of 1,000: failed
  FAILED: 499 yes, 0 no, 49.9% turnout, short of the rule: it needs turnout of at least 1/2 of eligible voters.
