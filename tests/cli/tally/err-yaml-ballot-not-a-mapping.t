# Each entry under ballots must be a mapping; a bare id is an error.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
  - V2
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:5: each entry under 'ballots' should be a mapping ({voter: ..., ...}), found text
--- exit 2
