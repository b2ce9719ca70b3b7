# 'questions:' must come before the ballots it describes.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
questions:
  accept: Accept?
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:1: put 'questions:' before 'ballots:' and 'returns:'
--- exit 2
