# A YAML roster entry written as a list ([V0001, local-4408]) is neither a voter id nor {voter: ..., unit: ...}: refused at the entry.
--- file roster.yaml
roster:
  - {voter: V0001, unit: local-4408}
  - [V0002, local-4408]
--- file ballots.csv
voter,accept
V0001,no
V0002,yes
--- run
bargain tally ballots.csv --roster roster.yaml
--- stderr
bargain: roster.yaml:3:5: each roster entry should be {voter: ..., unit: ...}, found a list
--- exit 2
