# --draft for a notice that lacks nothing writes the same notice, and stderr says it is a draft with no placeholders.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp}
units: [{id: l1, name: Local 1}]
events:
  - {id: rally, kind: rally, title: Rally, date: 2020-02-04, locations: [{city: Springfield}]}
--- run
bargain notice campaign.yaml rally > plain.txt
bargain notice campaign.yaml rally --draft > draft.txt
cmp plain.txt draft.txt && echo same
--- stdout
same
--- stderr
bargain: a draft, with no placeholders
