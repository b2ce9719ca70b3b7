# Two 'ballots:' lists in one file are an error rather than one silently replacing the other.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
ballots:
  - {voter: V2, accept: no}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:1: duplicate key 'ballots' (first at line 1)
--- exit 2
