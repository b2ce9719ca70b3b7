# A flat amount per member needs each unit's head count.
--- file campaign.yaml
bargain: 1
campaign: {name: Missing members}
units:
  - {id: local-1, members: 100, payroll: 1000000.00}
  - {id: local-2, payroll: 500000.00}
offers:
  - {id: flat, wages: [2, "$750"]}
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml:5:5: unit 'local-2' has no members: offer 'flat' gives a flat $750 per member in year 2, so costing it needs the unit's head count, like members: 180
--- exit 2
