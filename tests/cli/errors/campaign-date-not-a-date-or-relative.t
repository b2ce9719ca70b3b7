# An event's date: given as a list of two days instead of one date or a relative date: refused at its place.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
events:
  - id: picket
    kind: picket
    title: Informational picketing at the district office
    date: [2026-05-12, 2026-05-13]
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:11:11: expected a date or {after: ID, days: N}, found a list
   |
11 |     date: [2026-05-12, 2026-05-13]
   |           ^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
