# A YAML alias that stands for the list it is inside (holidays: &h [..., *h]) would never end: refused at the alias.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
  holidays: &holidays [2026-01-19, 2026-02-16, *holidays]
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:7:48: an alias (*name) may not stand for a list or mapping it is inside
  |
7 |   holidays: &holidays [2026-01-19, 2026-02-16, *holidays]
  |                                                ^^^^^^^^^
--- exit 2
