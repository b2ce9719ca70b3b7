# A campaign with problems is not costed: every problem is reported, exit 2.
--- file campaign.yaml
bargain: 1
campaign: {name: Bad}
units:
  - {id: local-1, payroll: 1,000.00}
offers:
  - {id: o, wages: [1.23456], sides: union}
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml:4:30: unknown key '000.00' in a unit
  |
4 |   - {id: local-1, payroll: 1,000.00}
  |                              ^^^^^^
bargain: campaign.yaml:6:21: more than 4 decimal places in a percentage: '1.23456'
  |
6 |   - {id: o, wages: [1.23456], sides: union}
  |                     ^^^^^^^
bargain: campaign.yaml:6:31: unknown key 'sides' in an offer
  |
6 |   - {id: o, wages: [1.23456], sides: union}
  |                               ^^^^^
  = help: did you mean 'side'?
--- exit 2
