# A strike only 3 days after the notice of intent breaks the IPLRA's 5 days and the campaign's own constraint: exit 1, each violation cited.
--- file campaign.yaml
bargain: 1
campaign:
  name: Short notice
  employer: Acme Corp
  employer_address: 1 Main St.
  union_address: 2 Hall Rd.
  contract_expires: 2019-06-30
  law: illinois-iplra
events:
  - {id: mediation, kind: mediation, date: 2020-01-28}
  - {id: intent-notice, kind: notice, type: intent-to-strike, date: 2020-02-15}
  - {id: strike, kind: strike, date: {after: intent-notice, days: 3}, locations: [{name: City Hall, city: Springfield}]}
constraints:
  - {first: intent-notice, then: strike, min_days: 5}
units: [{id: local-1, name: Local 1}]
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:12:5: the strike must be at least 5 days after the notice of intent to strike; it is 3 (the strike 'strike' on 2020-02-18) [5 ILCS 315/17]
campaign.yaml:12:5: 'strike' must be at least 5 days after 'intent-notice'; it is 3 [campaign.yaml:14]
--- exit 1
