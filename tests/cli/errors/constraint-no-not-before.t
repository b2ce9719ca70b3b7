# A constraint with event: but no not_before: names no date the event must wait for: refused at the constraint.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
events:
  - {id: strike, kind: strike, date: 2026-07-01}
constraints:
  - {event: strike}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:5: this constraint has no not_before:
   |
10 |   - {event: strike}
   |     ^^^^^^^^^^^^^^^
--- exit 2
