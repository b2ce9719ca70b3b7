# A YAML key that is a list ([units, sessions]: ...) is not a key bargain can read: refused at the key.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
[units, sessions]: see the team's notes
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:7:1: a key must be plain text, not a list
  |
7 | [units, sessions]: see the team's notes
  | ^^^^^^^^^^^^^^^^^
--- exit 2
