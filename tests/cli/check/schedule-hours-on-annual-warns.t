# Paid hours belong to an hourly schedule: on one that pays annual salaries (as SPEC.md's example writes them) they change nothing, and check warns so rather than refusing the campaign.
--- file campaign.yaml
bargain: 1
campaign:
  name: Prairie Valley Education Association 2026
  employer: Prairie Valley Community Unit School District 204
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: pvea, name: Prairie Valley Education Association, members: 14}
costing:
  year_starts: 07-01
  rollup:
    - {name: Social Security, percent: 6.2}
    - {name: Medicare, percent: 1.45}
  benefits:
    - {name: Health insurance, per_fte: "14,400.00", employer_percent: 80}
schedules:
  - id: teachers
    units: [pvea]
    hours: 1800
    lanes: [BA, MA]
    steps:
      - ["45,000", "48,000"]
      - ["46,260", "49,340"]
      - ["47,500", "50,700"]
    placement:
      - {lane: BA, step: 1, fte: 4}
      - {lane: BA, step: 2, fte: 3}
      - {lane: MA, step: 3, fte: 7}
offers:
  - id: lbo
    side: employer
    date: 2026-05-12
    wages: [1.5, 2.0, 2.0]
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml: ok: 1 dated item, 0 votes, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:19:5: warning: schedule 'teachers' pays annual salaries, so its hours: changes nothing
   |
19 |     hours: 1800
   |     ^^^^^
   = help: hours: is the paid hours of an hourly schedule; write pay: hourly if its steps are pay per hour, or remove hours:
