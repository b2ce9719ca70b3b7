# Under the IELRA a strike needs mediation first and 10 days' notice; with neither, both are reported.
--- file campaign.yaml
bargain: 1
campaign: {name: Teachers, law: illinois-ielra}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-15}
  - {id: strike, kind: strike, date: 2020-02-24}
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:5:5: the strike must be at least 10 days after the notice of intent to strike; it is 9 (the strike 'strike' on 2020-02-24) [115 ILCS 5/13]
campaign.yaml:5:5: mediation must come before the strike (the strike 'strike' on 2020-02-24) [115 ILCS 5/13]
--- exit 1
