# A campaign's own constraint: the strike must not come before the contract expires.
--- file campaign.yaml
bargain: 1
campaign: {name: Early, contract_expires: 2020-06-30}
events:
  - {id: strike, kind: strike, date: 2020-06-01, who: Local 1, locations: [{name: City Hall, city: Springfield}]}
constraints:
  - {event: strike, not_before: contract_expires}
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:4:5: 'strike' (2020-06-01) must not come before the contract expires (2020-06-30) [campaign.yaml:6]
--- exit 1
