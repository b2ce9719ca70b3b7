# A vote's answers: given as a plain list of the export's words, not saying which word is which answer: refused, with the shape it takes.
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
  - id: offer-vote
    kind: lbo
    question: Do you accept the employer's offer?
    closes: 2026-05-22T19:00
    totals: vendor-totals.csv
    answers: [For, Against]
--- file vendor-totals.csv
question,option,votes
offer-vote,For,37
offer-vote,Against,70
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:15:14: answers: expected the export's words for each answer, like {yes: [Y, For]}, found a list
   |
15 |     answers: [For, Against]
   |              ^^^^^^^^^^^^^^
bargain: vendor-totals.csv:2:12: option 'For' of 'offer-vote' is not an answer: map it with --answer For=yes (or answers: {yes: [For]} in the campaign vote)
  |
2 | offer-vote,For,37
  |            ^^^
--- exit 2
