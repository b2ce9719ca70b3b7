# An answer that is a mapping instead of yes/no/abstain is an error at that value.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
  - {voter: V2, accept: {yes: 1}}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:25: the answer to 'accept' should be yes, no, abstain or empty, found a mapping
--- exit 2
