# A unit's payroll written with a dollar sign and thousands separators is not read as money: refused, with the shape it takes.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: "$9,450,000"}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:8:85: expected an amount of money like 9450000.00, found '$9,450,000'
  |
8 |   - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: "$9,450,000"}
  |                                                                                     ^^^^^^^^^^^^
--- exit 2
