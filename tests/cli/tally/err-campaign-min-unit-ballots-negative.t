# A vote's min_unit_ballots: must be a whole number, 0 or more, and is refused at its place.
--- file campaign.yaml
bargain: 1
campaign:
  name: Small units
  employer: Acme
units:
  - {id: shop, name: Shop, members: 20}
  - {id: dock, name: Dock, members: 8}
  - {id: yard, name: Yard, members: 12}
votes:
  - id: ratify
    question: Do you ratify the agreement?
    ballots: [ballots.csv]
    column: accept
    roster: roster.csv
    min_unit_ballots: -2
--- file roster.csv
voter,unit
S01,shop
--- file ballots.csv
voter,accept
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:15:23: expected 0 or more, found '-2': the fewest ballots a unit needs for its counts to be shown (0 shows every unit's)
   |
15 |     min_unit_ballots: -2
   |                       ^^
--- exit 2
