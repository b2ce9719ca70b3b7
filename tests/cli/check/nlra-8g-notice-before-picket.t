# Health care (NLRA 8(g)): ten days' notice before any strike or picket; a picket 7 days after the notice is too soon.
--- file campaign.yaml
bargain: 1
campaign: {name: Hospital, law: nlra-8g, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-03-01}
  - {id: picket, kind: picket, date: 2026-03-08, locations: [{name: City Hall, city: Springfield}]}
  - {id: strike, kind: strike, date: 2026-03-11, locations: [{name: City Hall, city: Springfield}]}
units: [{id: local-1, name: Local 1}]
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:5:5: the picket must be at least 10 days after the notice of intent to strike; it is 7 (the picket 'picket' on 2026-03-08) [29 U.S.C. 158(g)]
--- exit 1
