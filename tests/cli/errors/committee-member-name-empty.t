# A vote's committee: lists a member whose name is empty ("" or blanks): refused at the name, since the certificate would have a signature line for nobody.
--- file campaign.yaml
bargain: 1
campaign:
  name: Example
  timezone: UTC
units:
  - {id: a, name: Unit A, members: 5}
votes:
  - id: ratify
    kind: ratification
    question: Do you ratify the tentative agreement?
    ballots: ballots.csv
    units: [a]
    committee: [Rosa Parks, "", "José Martí", "  "]
--- file ballots.csv
voter,ratify
V1,yes
V2,yes
V3,no
--- run
bargain check campaign.yaml; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: campaign.yaml:13:29: a committee member's name is empty
   |
13 |     committee: [Rosa Parks, "", "José Martí", "  "]
   |                             ^^
bargain: campaign.yaml:13:49: a committee member's name is empty
   |
13 |     committee: [Rosa Parks, "", "José Martí", "  "]
   |                                               ^^^^
