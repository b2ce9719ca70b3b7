# Within one YAML roster entry, 'voter' and 'VOTER' are both the voter: the second is refused at its place, naming both, instead of one replacing the other.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- file roster.yaml
roster:
  - {voter: V1, VOTER: V2}
  - {voter: V3, unit: A, Unit: B}
--- run
bargain tally ballots.csv --roster roster.yaml
--- stderr
bargain: roster.yaml:2:17: the 'voter' key appears twice in this roster entry: 'voter' (line 2) and 'VOTER'
--- exit 2
