# A list where a voter id is expected is an error at that value.
--- file ballots.yaml
ballots:
  - {voter: [V1, V2], accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:2:13: 'voter' should be text, found a list
--- exit 2
