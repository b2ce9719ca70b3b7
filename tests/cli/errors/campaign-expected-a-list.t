# A list key (units:) holds a single mapping, its dash forgotten: the place says a list was expected.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  id: local-4408
  name: "Local 4408 (paraprofessionals)"
  members: 180
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:8:3: expected a list of units, found a mapping
  |
8 |   id: local-4408
  |   ^^
--- exit 2
