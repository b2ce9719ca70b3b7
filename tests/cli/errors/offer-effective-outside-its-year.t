# An offer's raise that takes effect outside its contract year, or when the contract years are not known, is refused at the offer; so is a schedule cost past $100 trillion (a typo, not a contract).
--- file campaign.yaml
bargain: 1
campaign: {name: District, timezone: UTC, contract_expires: 2026-06-30}
units:
  - {id: t, name: Teachers, members: 2}
costing: {year_starts: 07-01}
schedules:
  - id: teachers
    units: [t]
    steps: [["50,000"]]
    placement: [{step: 1, fte: 2}]
offers:
  - id: late
    wages: [2.0, 2.0]
    effective: [2027-08-01, ~]
--- file no-expiry.yaml
bargain: 1
campaign: {name: District, timezone: UTC}
units:
  - {id: t, name: Teachers, members: 2}
schedules:
  - id: teachers
    units: [t]
    steps: [["50,000"]]
    placement: [{step: 1, fte: 2}]
offers:
  - id: midyear
    wages: [2.0]
    effective: [2027-01-01]
--- file huge.yaml
bargain: 1
campaign: {name: District, timezone: UTC}
units:
  - {id: t, name: Teachers, members: 2}
schedules:
  - id: teachers
    units: [t]
    steps: [["900,000,000,000"]]
    placement: [{step: 1, fte: 900000}]
offers:
  - id: big
    wages: [1]
--- run
bargain offers campaign.yaml 2>&1 | grep '^bargain:'
bargain offers no-expiry.yaml 2>&1 | grep '^bargain:'
bargain offers huge.yaml 2>&1 | grep '^bargain:'
--- stdout
bargain: campaign.yaml:12:5: offer 'late' has its year 1 raise take effect on 2027-08-01, outside contract year 1 (2026-07-01 to 2027-06-30)
bargain: no-expiry.yaml:11:5: offer 'midyear' has its year 1 raise take effect on 2027-01-01, but the contract years are not known: give the campaign's contract_expires (the years start the day after it, or on costing: year_starts after it)
bargain: huge.yaml:11:5: the cost of offer 'big' on schedule 'teachers' is more than $100 trillion; check its wages and the schedule
