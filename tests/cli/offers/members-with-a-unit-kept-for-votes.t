# The members' table needs only the salary schedules: a unit kept for its votes, with neither payroll nor schedule, does not stop it (the costs still need every unit's).
--- file campaign.yaml
bargain: 1
campaign: {name: District, timezone: UTC}
units:
  - {id: t, name: Teachers, members: 3}
  - {id: retirees, name: Retirees chapter}
schedules:
  - id: teachers
    units: [t]
    steps: [["50,000"], ["52,000"]]
    placement: [{step: 1, fte: 2}, {step: 2, fte: 1}]
offers:
  - id: lbo
    wages: [2.0]
--- run
bargain offers campaign.yaml --members; echo "exit $?"
bargain offers campaign.yaml 2>&1 | grep '^bargain:'
--- stdout
District: what each offer means for members

lbo: schedule teachers (t)
  starting at  FTE       today      year 1       gain
  step 1         2  $50,000.00  $53,040.00  $3,040.00
  step 2         1  $52,000.00  $53,040.00  $1,040.00
  gain: pay in year 1 less pay today, for a member who starts there (a step up
    in each year the offer moves steps).
exit 0
bargain: campaign.yaml:5:5: unit 'retirees' has no payroll or salary schedule to cost offers against: give its annual base payroll, like payroll: 9450000.00, or list it in the units of one of schedules:
