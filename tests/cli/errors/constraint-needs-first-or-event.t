# A constraint with then: and min_days: but no first: says neither what comes first nor which event: refused, with both shapes.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
events:
  - {id: intent-notice, kind: notice, type: intent-to-strike, date: 2026-06-20}
  - {id: strike, kind: strike, date: 2026-07-01}
constraints:
  - {then: strike, min_days: 10}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:11:5: a constraint needs first:, then: and min_days:, or event: and not_before:
   |
11 |   - {then: strike, min_days: 10}
   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
