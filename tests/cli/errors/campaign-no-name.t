# A campaign: section without a name: refused, since every notice and report names the campaign.
--- file campaign.yaml
bargain: 1
campaign:
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:3:3: the campaign has no name
  |
3 |   employer: Westside School District 99
  |   ^^^^^^^^
--- exit 2
