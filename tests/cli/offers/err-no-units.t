# Offers with no units to cost them against: said so, not a silent zero.
--- file campaign.yaml
bargain: 1
campaign: {name: No units}
offers:
  - {id: union, wages: [3, 3, 3]}
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml: no units to cost the offers against: list them with their payroll, like units: [{id: local-1, payroll: 9450000.00}]
--- exit 2
