# A campaign with mistakes is not tallied: every problem is reported, each at its place.
--- file campaign.yaml
bargain: 1
campaign: {name: Typos, employr: Acme}
votes:
  - id: v
    question: Accept?
    ballots: b.csv
    offer: lbo
--- run
bargain tally --campaign campaign.yaml --vote v
--- stderr
bargain: campaign.yaml:2:25: unknown key 'employr' in campaign
  |
2 | campaign: {name: Typos, employr: Acme}
  |                         ^^^^^^^
  = help: did you mean 'employer'?
bargain: campaign.yaml:7:12: no offer with id 'lbo'
  |
7 |     offer: lbo
  |            ^^^
--- exit 2
