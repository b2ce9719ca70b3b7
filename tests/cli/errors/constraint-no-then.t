# A constraint with first: but no then: has nothing to hold apart: refused at the constraint.
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
  - {first: intent-notice, min_days: 10}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:11:5: this constraint has no then:
   |
11 |   - {first: intent-notice, min_days: 10}
   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
