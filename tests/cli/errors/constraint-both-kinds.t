# A constraint mixing first:/then: with event:/not_before: is two constraints in one: refused at the constraint.
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
  - {first: intent-notice, then: strike, min_days: 10, event: strike, not_before: contract_expires}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:11:5: a constraint has first: and then:, or event: and not_before:, not both
   |
11 |   - {first: intent-notice, then: strike, min_days: 10, event: strike, not_before: contract_expires}
   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
