# A YAML roster entry without a voter id is an error at that entry.
--- file roster.yaml
roster:
  - {voter: V1, unit: A}
  - {name: Ann Lee, unit: A}
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --roster roster.yaml
--- stderr
bargain: roster.yaml:3:5: a roster entry without a voter id
--- exit 2
