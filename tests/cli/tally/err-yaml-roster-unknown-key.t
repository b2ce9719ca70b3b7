# A YAML roster with a misspelt key is an error with a "did you mean" hint.
--- file roster.yaml
rooster:
  - V1
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain tally ballots.csv --roster roster.yaml
--- stderr
bargain: roster.yaml:1:1: unknown key 'rooster'; a roster file has 'roster:', a list of {voter: ..., unit: ...}
   = help: did you mean 'roster'?
--- exit 2
