# Within one YAML ballot, 'voter' and 'Voter' are both the voter (reserved keys match in any case): the second is refused at its place, naming both, instead of replacing the voter.
--- file ballots.yaml
bargain: 1
ballots:
  - {voter: V1, accept: yes}
  - {voter: V2, Voter: V1, accept: yes}
  - {voter: V3, " cast_at ": 2020-01-14T10:00, CAST_AT: 2020-01-14T11:00, accept: no}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:4:17: the 'voter' key appears twice in this ballot: 'voter' (line 4) and 'Voter'
bargain: ballots.yaml:5:48: the 'cast_at' key appears twice in this ballot: ' cast_at ' (line 5) and 'CAST_AT'
--- exit 2
