# A second YAML document after '---' is an error, so its ballots are never silently lost.
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes}
---
ballots:
  - {voter: V2, accept: no}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:1: a second YAML document starts here; put everything in one document
--- exit 2
