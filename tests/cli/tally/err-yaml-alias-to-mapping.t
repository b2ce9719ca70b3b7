# An alias may stand for a single value only; copying a whole ballot with *name is an error.
--- file ballots.yaml
ballots:
  - &first {voter: V1, accept: yes}
  - *first
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:5: an alias (*name) may only stand for a single value here, not a list or mapping
--- exit 2
