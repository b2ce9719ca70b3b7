# A school district costed from salary schedules checks clean: teachers on a BA/MA schedule of 12 steps placed from a CSV file, support staff paid by the hour in four classifications, roll-up, benefits, and offers that freeze steps, start a raise mid-year, pay a bonus and shift the benefit share.
--- file campaign.yaml
bargain: 1
campaign:
  name: Prairie Valley fair contract 2026
  employer: Prairie Valley Community Unit School District 204
  employer_address: 400 N. Locust St., Prairie Valley, IL 61820
  timezone: America/Chicago
  contract_expires: 2026-06-30
  law: illinois-ielra
units:
  - id: pvea
    name: Prairie Valley Education Association, IEA-NEA
    short: PVEA
    members: 180
  - id: pvesp
    name: Prairie Valley Educational Support Professionals
    short: PVESP
    members: 46
costing:
  year_starts: 07-01
  rollup:
    - {name: Social Security, percent: 6.2}
    - {name: Medicare, percent: 1.45}
    - {name: Pension (TRS and IMRF), percent: 9.28}
    - {name: Workers' compensation, percent: 0.85}
  benefits:
    - {name: Health insurance, per_fte: "14,400.00", employer_percent: 80}
    - {name: Dental, per_fte: "612.00", employer_percent: 100}
schedules:
  - id: teachers
    units: [pvea]
    pay: annual
    lanes: [BA, MA]
    steps:                        # 2025-26, step 1 first
      - ["45,000", "49,500"]
      - ["46,350", "50,985"]
      - ["47,740", "52,515"]
      - ["49,173", "54,090"]
      - ["50,648", "55,713"]
      - ["52,167", "57,384"]
      - ["53,732", "59,106"]
      - ["55,344", "60,879"]
      - ["57,005", "62,705"]
      - ["58,715", "64,586"]
      - ["60,476", "66,524"]
      - ["62,291", "68,520"]
    rounding: dollar
    placement: placement.csv
  - id: support
    units: [pvesp]
    pay: hourly
    hours: 1462.5                 # 7.5 hours a day, 195 days
    lanes: [Paraprofessional, Secretary, Custodian, Food service]
    steps:
      - ["17.25", "19.10", "18.40", "16.50"]
      - ["17.70", "19.60", "18.90", "16.95"]
      - ["18.15", "20.10", "19.40", "17.40"]
      - ["18.65", "20.65", "19.90", "17.85"]
      - ["19.15", "21.20", "20.45", "18.35"]
      - ["19.70", "21.80", "21.00", "18.85"]
    rounding: cent
    placement:
      - {lane: Paraprofessional, step: 1, fte: 6}
      - {lane: Paraprofessional, step: 3, fte: 5}
      - {lane: Paraprofessional, step: 6, fte: 9}
      - {lane: Secretary, step: 2, fte: 2}
      - {lane: Secretary, step: 6, fte: 4}
      - {lane: Custodian, step: 1, fte: 3}
      - {lane: Custodian, step: 4, fte: 5}
      - {lane: Food service, step: 2, fte: 4.5}
      - {lane: Food service, step: 5, fte: 7.5}
sessions:
  - id: s1
    date: 2026-02-10
    proposals:
      - {article: Salary schedule, side: union, summary: 4% on the schedule each year and step movement, status: open}
offers:
  - id: union-feb
    side: union
    date: 2026-02-10
    wages: [4.0, 4.0, 3.5]
  - id: district-mar
    side: employer
    date: 2026-03-17
    wages: [2.0, 2.0, 2.0]
    steps: [move, freeze, move]
    employer_percent: [80, 78, 75]
  - id: lbo
    side: employer
    label: last, best offer
    date: 2026-05-12
    final: true
    wages: [2.5, 3.0, "$1,000"]
    effective: [~, 2028-01-01, ~]
    bonus: [{year: 1, per_fte: 500, pensionable: false}]
    employer_percent: [80, 80, 78]
--- file placement.csv
lane,step,fte
BA,1,9
BA,2,8
BA,3,7.5
BA,4,7
BA,5,6
BA,6,6
BA,7,5
BA,8,5
BA,9,4
BA,10,4
BA,11,3
BA,12,12
MA,1,3
MA,2,4
MA,3,5
MA,4,6
MA,5,6.5
MA,6,7
MA,7,7
MA,8,8
MA,9,8
MA,10,9
MA,11,9
MA,12,31
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml: ok: 4 dated items, 0 votes, 0 ballot and roster files
