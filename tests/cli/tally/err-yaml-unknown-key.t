# A misspelt top-level key is an error with a "did you mean" hint, so no ballots are silently ignored.
--- file ballots.yaml
ballot:
  - {voter: V1, accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:1:1: unknown key 'ballot'; a ballot file has bargain, questions, ballots and returns
   = help: did you mean 'ballots'?
--- exit 2
