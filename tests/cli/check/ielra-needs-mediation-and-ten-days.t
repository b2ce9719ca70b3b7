# Under the IELRA a strike needs mediation first and 10 days' notice; with neither, both are reported.
--- file campaign.yaml
bargain: 1
campaign: {name: Teachers, law: illinois-ielra, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-15}
  - {id: strike, kind: strike, date: 2020-02-24, locations: [{name: City Hall, city: Springfield}]}
units: [{id: local-1, name: Local 1}]
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:5:5: the strike must be at least 10 days after the notice of intent to strike; it is 9 (the strike 'strike' on 2020-02-24) [115 ILCS 5/13]
campaign.yaml:5:5: mediation must come before the strike (the strike 'strike' on 2020-02-24) [115 ILCS 5/13]
--- exit 1
