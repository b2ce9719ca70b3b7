# A media advisory needs WHERE: a picket without locations is an error at the event (exit 2), saying to add locations: to it.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp}
units:
  - {id: l1, name: Local 1}
events:
  - {id: picket, kind: picket, title: Picket at Acme, date: 2020-02-04, start: "11:00"}
--- run
bargain notice campaign.yaml picket
--- stderr
bargain: campaign.yaml:6:5: the media advisory for 'picket' needs where the picket takes place: add `locations:` to the event, each with a `name:`, `address:` and `city:`
bargain: nothing written; give --draft to write it with a placeholder for each missing value
--- exit 2
