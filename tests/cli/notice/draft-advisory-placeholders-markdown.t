# A media advisory drafted in Markdown shows [WHO] and [LOCATION] where the campaign gives no who and no place, backslash-escaped so Markdown prints the brackets.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp}
events:
  - {id: picket, kind: picket, title: Picket at Acme, date: 2020-02-04, start: "11:00", end: "13:00"}
--- run
bargain notice campaign.yaml picket --draft --format markdown | grep -E 'WHO|WHERE'
--- stdout
**WHO:** \[WHO\]
**WHERE:** \[LOCATION\]
--- stderr
bargain: campaign.yaml:4:5: warning: the media advisory for 'picket' needs who takes part: add `who:` to the event, or list the bargaining units under `units:`
bargain: campaign.yaml:4:5: warning: the media advisory for 'picket' needs where the picket takes place: add `locations:` to the event, each with a `name:`, `address:` and `city:`
bargain: a draft, with 2 placeholders to fill in: [WHO] and [LOCATION]
