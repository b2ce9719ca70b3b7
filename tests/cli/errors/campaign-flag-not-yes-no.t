# An offer's final: is neither yes/no nor true/false (Y, as a spreadsheet writes it): refused at its place.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: 9450000.00}
offers:
  - id: lbo
    side: employer
    label: last, best offer
    date: 2026-05-06
    final: Y
    wages: [1.5, 2.0, 2.0]
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:14:12: expected yes/no or true/false, found 'Y'
   |
14 |     final: Y
   |            ^
--- exit 2
