# 'ballots:' must be a list of ballots.
--- file ballots.yaml
ballots: V1
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:1:10: 'ballots' should be a list (lines starting with '- '), found text
--- exit 2
