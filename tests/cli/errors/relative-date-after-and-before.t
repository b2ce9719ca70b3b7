# A relative date that says both after: and before: cannot be counted: refused at the date.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
events:
  - {id: intent-notice, kind: notice, type: intent-to-strike, date: 2026-05-01}
  - {id: strike, kind: strike, date: {after: intent-notice, before: contract_expires, days: 10}}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:9:38: a relative date has after: or before:, not both
  |
9 |   - {id: strike, kind: strike, date: {after: intent-notice, before: contract_expires, days: 10}}
  |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
