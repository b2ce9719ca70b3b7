# An event without a date cannot go on the timeline: refused at the event.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
events:
  - id: rally
    kind: rally
    title: Rally at the school board meeting
    start: "18:00"
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:8:5: this event has no date
  |
8 |   - id: rally
  |     ^^
--- exit 2
