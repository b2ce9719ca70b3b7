# A media advisory needs WHO: a rally without who: in a campaign without units is an error at the event (exit 2), instead of "WHO: Members of ".
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp}
events:
  - {id: rally, kind: rally, title: Rally, date: 2020-02-04, locations: [{name: City Hall, city: Springfield}]}
--- run
bargain notice campaign.yaml rally
--- stderr
bargain: campaign.yaml:4:5: the media advisory for 'rally' needs who takes part: add `who:` to the event, or list the bargaining units under `units:`
bargain: nothing written; give --draft to write it with a placeholder for each missing value
--- exit 2
