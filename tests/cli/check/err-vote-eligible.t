# eligible: N gives the electorate of a vote without a roster: it must be a whole number of 1 or more, and a vote with a roster cannot have it too (the error is at eligible:).
--- file campaign.yaml
bargain: 1
campaign: {name: Eligible}
votes:
  - {id: a, question: Q, eligible: 0}
  - {id: b, question: Q, eligible: -3}
  - {id: c, question: Q, eligible: 2.5}
  - id: d
    question: Q
    roster: roster.csv
    eligible: 255
--- file roster.csv
voter
V1
--- file fixed.yaml
bargain: 1
campaign: {name: Eligible}
votes:
  - {id: a, question: Q, eligible: 255}
--- run
bargain check campaign.yaml; echo "exit $?"
bargain check fixed.yaml
--- stdout
exit 2
fixed.yaml: ok: 0 dated items, 1 vote, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:4:36: a vote with no eligible voters cannot be decided
  |
4 |   - {id: a, question: Q, eligible: 0}
  |                                    ^
bargain: campaign.yaml:5:36: expected 0 or more, found '-3'
  |
5 |   - {id: b, question: Q, eligible: -3}
  |                                    ^^
bargain: campaign.yaml:6:36: expected a whole number, found '2.5'
  |
6 |   - {id: c, question: Q, eligible: 2.5}
  |                                    ^^^
bargain: campaign.yaml:10:5: the roster gives the eligible voters; remove eligible: or roster:
   |
10 |     eligible: 255
   |     ^^^^^^^^
