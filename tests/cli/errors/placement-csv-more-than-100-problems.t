# A placement file of many bad rows stops after 100 problems.
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
--- run
{ echo lane,step,fte; i=0; while [ $i -lt 150 ]; do echo BA,99,1; i=$((i+1)); done; } > placement.csv
bargain check campaign.yaml 2>errors; echo "exit $?"; grep -c ^bargain: errors; tail -3 errors
--- stdout
exit 2
101
bargain: placement.csv:101: stopped reading after 100 problems in this file
    |
101 | BA,99,1
