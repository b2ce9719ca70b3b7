# A unit without payroll cannot be costed: every such unit is named at its line.
--- file campaign.yaml
bargain: 1
campaign: {name: Missing payroll}
units:
  - {id: local-1, payroll: 1000000.00}
  - {id: local-2, members: 40}
  - {id: local-3}
offers:
  - {id: union, wages: [3, 3, 3]}
--- run
bargain offers campaign.yaml
--- stderr
bargain: campaign.yaml:5:5: unit 'local-2' has no payroll or salary schedule to cost offers against: give its annual base payroll, like payroll: 9450000.00, or list it in the units of one of schedules:
bargain: campaign.yaml:6:5: unit 'local-3' has no payroll or salary schedule to cost offers against: give its annual base payroll, like payroll: 9450000.00, or list it in the units of one of schedules:
--- exit 2
