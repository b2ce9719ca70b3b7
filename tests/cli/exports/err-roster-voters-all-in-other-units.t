# Every ballot's voter is on the roster, but in a unit outside the vote's: every ballot would be
# set aside as not eligible. Refused, naming the vote's units (a file from another unit's vote?).
--- file campaign.yaml
bargain: 1
campaign: {name: Units check, employer: Acme}
units:
  - {id: clerical, name: Clerical}
  - {id: para, name: Paraprofessionals}
votes:
  - id: clerical-vote
    kind: ratification
    question: Do you ratify?
    closes: 2026-03-11
    units: [clerical]
    ballots: ballots.csv
    roster: roster.csv
    column: accept
    rule: majority
--- file roster.csv
voter,unit
V1,clerical
V2,clerical
V3,para
V4,para
--- file ballots.csv
voter,cast_at,accept
V3,2026-03-10T10:00,yes
V4,2026-03-10T11:00,no
--- run
bargain tally --campaign campaign.yaml --vote clerical-vote; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: ballots.csv:1:1: no voter of the 2 ballot records is in this vote's units (clerical): 2 are on the roster roster.csv in other units, so every ballot would be set aside: is this another unit's vote, or are the vote's units wrong?
