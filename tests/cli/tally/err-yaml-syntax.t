# A YAML syntax error (a mis-indented key) names its line and column, counted from 1.
--- file ballots.yaml
ballots:
  - voter: V1
   accept: yes
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:4: invalid YAML: end of sequence not found
--- exit 2
