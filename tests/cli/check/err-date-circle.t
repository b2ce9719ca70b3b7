# Dates that count from one another in a circle are a problem named by the check.
--- file campaign.yaml
bargain: 1
campaign: {name: Circle}
events:
  - {id: notice, kind: notice, date: {after: strike, days: 1}}
  - {id: strike, kind: strike, date: {after: notice, days: 10}}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:5:38: these dates count from one another in a circle: notice -> strike -> notice
  |
5 |   - {id: strike, kind: strike, date: {after: notice, days: 10}}
  |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
