# A flat raise on an hourly schedule would be added to each hourly rate ("$500" an hour), so it is refused; a raise compounding a cell past $1 trillion, or a cost too many times a few cents of base wages to show as a percentage, is refused too, never shown as $0.
--- file hourly.yaml
bargain: 1
campaign: {name: District, timezone: UTC}
units:
  - {id: s, name: Support, members: 1}
schedules:
  - id: support
    units: [s]
    pay: hourly
    hours: 2000
    steps: [["20.00"]]
    placement: [{step: 1, fte: 1}]
offers:
  - id: flat
    wages: ["$500", 2.0]
--- file huge.yaml
bargain: 1
campaign: {name: District, timezone: UTC}
units:
  - {id: t, name: Teachers}
schedules:
  - id: teachers
    units: [t]
    steps: [["1.00"]]
    placement: [{step: 1, fte: 0.0001}]
offers:
  - id: compounding
    wages: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]
--- file share.yaml
bargain: 1
campaign: {name: District, timezone: UTC}
units:
  - {id: t, name: Teachers}
schedules:
  - id: teachers
    units: [t]
    steps: [["0.01"]]
    placement: [{step: 1, fte: 0.0001}]
offers:
  - id: share
    wages: [900, 900, 900, 900, 900, 900, 900, 900, 900, 900, 900, 900, 900]
--- run
bargain offers hourly.yaml 2>&1 | grep '^bargain:'
bargain offers huge.yaml 2>&1 | grep '^bargain:'
bargain offers share.yaml 2>&1 | grep '^bargain:'
--- stdout
bargain: hourly.yaml:13:5: offer 'flat' gives a flat $500 in year 1, and schedule 'support' pays by the hour: a flat amount is added to each cell, so it would be $500 an hour; give that year's raise as a percentage
bargain: huge.yaml:11:5: offer 'compounding' compounds to an increase too large to show
bargain: huge.yaml:11:5: offer 'compounding' raises a cell of schedule 'teachers' past $1 trillion by year 12; check its wages
bargain: share.yaml:11:5: offer 'share' compounds to an increase too large to show
bargain: share.yaml:11:5: offer 'share' on schedule 'teachers' costs too many times its base wages to show as a percentage; check its wages and the schedule's cells
