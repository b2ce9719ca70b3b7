# A campaign can change a preset's numbers (law: {preset: ID, KEY: N}); a violation of a changed number cites the campaign's line, not the statute.
--- file campaign.yaml
bargain: 1
campaign:
  name: Override
  employer: Acme Corp
  employer_address: 1 Main St.
  union_address: 2 Hall Rd.
  law:
    preset: illinois-iplra
    notice_days: 7
events:
  - {id: mediation, kind: mediation, date: 2020-01-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-01}
  - {id: strike, kind: strike, date: 2020-02-07, locations: [{name: City Hall, city: Springfield}]}
units: [{id: local-1, name: Local 1}]
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:13:5: the strike must be at least 7 days after the notice of intent to strike; it is 6 (the strike 'strike' on 2020-02-07) [campaign.yaml:9 (in place of 5 ILCS 315/17)]
--- exit 1
