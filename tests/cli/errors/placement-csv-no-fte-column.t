# A placement file needs its fte column: without it there is no one to cost.
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
lane,step
BA,1
BA,2
MA,3
--- run
bargain check campaign.yaml
--- stderr
bargain: placement.csv:1:1: the placement file has no 'fte' column; its header is lane,step,fte
  |
1 | lane,step
  | ^^^^
--- exit 2
