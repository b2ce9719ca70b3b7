# A YAML ballot file that is a bare list (no 'ballots:' key) is an error.
--- file ballots.yaml
- {voter: V1, accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:1:1: expected a mapping (key: value lines), found a list
--- exit 2
