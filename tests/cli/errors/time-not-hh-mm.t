# A time written the way people say it (11 a.m., 7:05 PM) is not HH:MM: refused at an event's start and at a ballot's cast_at.
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
    date: 2026-05-12
    start: 11 a.m.
    end: "13:30"
--- file ballots.csv
voter,cast_at,accept
V0001,2026-05-18 7:05 PM,yes
V0002,2026-05-18 07:12,no
--- run
bargain check campaign.yaml
bargain tally ballots.csv
--- stderr
bargain: campaign.yaml:12:12: expected a time as HH:MM (24-hour), found '11 a.m.'
   |
12 |     start: 11 a.m.
   |            ^^^^^^^
bargain: ballots.csv:2:7: cast_at '2026-05-18 7:05 PM': expected a time as HH:MM (24-hour)
--- exit 2
