# A schedule whose placement adds up to other than its unit's members: is a warning, not an error: part-time members make FTE smaller, a missing placement row does too, and only the team knows which.
--- file campaign.yaml
bargain: 1
campaign:
  name: Prairie Valley fair contract 2026
  employer: Prairie Valley Community Unit School District 204
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: pvesp, name: Prairie Valley Educational Support Professionals, members: 48}
schedules:
  - id: support
    units: [pvesp]
    pay: hourly
    hours: 1462.5
    lanes: [Paraprofessional, Secretary]
    steps:
      - ["17.25", "19.10"]
      - ["17.70", "19.60"]
    placement: placement.csv
--- file placement.csv
lane,step,fte
Paraprofessional,1,20
Paraprofessional,2,17.5
Secretary,1,4
Secretary,2,4
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml: ok: 0 dated items, 0 votes, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:10:5: warning: schedule 'support' places 45.5 FTE, but unit 'pvesp' has members: 48
   |
10 |   - id: support
   |     ^^
   = help: members: counts people and FTE full-time equivalents, so part-time members make FTE the smaller; anything else is a placement row missing or too many, or members: out of date
