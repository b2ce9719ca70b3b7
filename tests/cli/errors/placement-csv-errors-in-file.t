# A placement file's own problems are located in it, with its line shown: an unknown lane, a step beyond the schedule, a cell placed twice.
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
    lanes: [BA, MA]
    steps:
      - ["45,000", "48,000"]
      - ["46,260", "49,340"]
      - ["47,500", "50,700"]
    placement: placement.csv
offers:
  - id: lbo
    side: employer
    date: 2026-05-12
    wages: [1.5, 2.0, 2.0]
--- file placement.csv
lane,step,fte
BA,1,4
PhD,2,3
MA,4,7
BA,1,1
--- run
bargain check campaign.yaml
--- stderr
bargain: placement.csv:3:1: schedule 'teachers' has no lane 'PhD'; its lanes are BA and MA
  |
3 | PhD,2,3
  | ^^^
bargain: placement.csv:4:4: step 4 is not on schedule 'teachers': its steps are 1 to 3
  |
4 | MA,4,7
  |    ^
bargain: placement.csv:5:4: lane BA, step 1 is placed twice (first at line 2)
  |
5 | BA,1,1
  |    ^
--- exit 2
