# Ballots that name no question at all are an error: there is nothing to tally.
--- file ballots.yaml
ballots:
  - {voter: V1}
  - {voter: V2}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:2:6: nothing to tally: no ballot file names a question
--- exit 2
