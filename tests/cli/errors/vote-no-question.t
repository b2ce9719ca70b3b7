# A vote without a question: refused, since the ballot, the notice and the certificate all print it.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside Support Staff Contract 2026
  employer: Westside School District 99
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {id: local-4408, name: "Local 4408 (paraprofessionals)", members: 180, payroll: 9450000.00}
votes:
  - id: strike-vote
    kind: strike-authorization
    opens: 2026-05-18T07:00
    closes: 2026-05-22T19:00
    units: [local-4408]
    rule: two-thirds
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:10:5: this vote has no question
   |
10 |   - id: strike-vote
   |     ^^
--- exit 2
