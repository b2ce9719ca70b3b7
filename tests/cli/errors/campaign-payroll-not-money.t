# A payroll written the European way (9.450.000,00) is not read as some other number: it is refused at its place. (9,450,000 and $9,450,000 are read, as schedule cells are.)
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: "9.450.000,00"}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:8:85: expected an amount of money like 9450000.00, found '9.450.000,00'
  |
8 |   - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: "9.450.000,00"}
  |                                                                                     ^^^^^^^^^^^^^^
--- exit 2
