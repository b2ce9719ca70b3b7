# A campaign file that says bargain: 2 (or a list) is not the format this bargain reads: refused at the version.
--- file campaign.yaml
bargain: 2
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
--- file list.yaml
bargain: [1]
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
--- run
bargain check campaign.yaml
bargain check list.yaml
--- stderr
bargain: campaign.yaml:1:10: this is campaign format version 1; found bargain: 2
  |
1 | bargain: 2
  |          ^
bargain: list.yaml:1:10: this is campaign format version 1; found bargain: a list
  |
1 | bargain: [1]
  |          ^^^
--- exit 2
