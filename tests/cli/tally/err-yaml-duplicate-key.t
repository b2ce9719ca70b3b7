# A key given twice in one ballot is an error naming where it first appeared.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
  - {voter: V2, accept: no, accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:29: duplicate key 'accept' (first at line 3)
--- exit 2
