# A schedule with an empty steps: list is refused.
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
    steps: []
    placement: []
offers:
  - id: lbo
    side: employer
    date: 2026-05-12
    wages: [1.5, 2.0, 2.0]
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:20:12: steps: has no rows; give one row per step, step 1 first
   |
20 |     steps: []
   |            ^^
--- exit 2
