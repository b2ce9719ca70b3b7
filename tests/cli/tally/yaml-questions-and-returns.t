# YAML ballots carry each question's text, and site returns of paper ballots add to the counts but are not ballot records.
--- file ballots.yaml
bargain: 1
questions:
  accept: Do you accept the employer's last, best offer?
ballots:
  - {voter: V00017, unit: ifpe-4408, cast_at: 2020-01-14T12:02, accept: no}
  - {voter: V00018, unit: ifpe-4408, cast_at: 2020-01-14T12:05, accept: yes}
returns:
  - {unit: ifise-4407, site: Chicago, accept: {yes: 4, no: 19, abstain: 1, void: 0}}
--- run
bargain tally ballots.yaml
--- stdout
Tally of 2 ballot records from 1 file
  ballots.yaml: 2 records, sha256 3a9a1bd73769a45a (YAML)
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts

accept: Do you accept the employer's last, best offer?
  FAILED: rejected by a 4-to-1 margin (20 no, 5 yes).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               5   20.0%
  No               20   80.0%
  Abstain           1
  Blank             0
  Void              0
  Cast             26
