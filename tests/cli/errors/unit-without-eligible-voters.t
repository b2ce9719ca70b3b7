# A campaign vote names a unit that has no one on the roster: counted, with a warning that the unit has no eligible voters.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)"}
  - {id: local-4407, name: "Local 4407 (clerical staff)"}
votes:
  - id: offer-vote
    kind: lbo
    question: Do you accept the employer's last, best offer?
    units: [local-4408, local-4407]
    ballots: ballots.csv
    column: accept
    roster: roster.csv
    rule: majority
--- file roster.csv
voter,unit
V0001,local-4408
V0002,local-4408
V0003,local-4408
--- file ballots.csv
voter,accept
V0001,no
V0002,no
V0003,yes
--- run
bargain tally --campaign campaign.yaml --vote offer-vote >/dev/null
--- stderr
bargain: warning: the vote's unit 'local-4407' has no eligible voters on the roster
