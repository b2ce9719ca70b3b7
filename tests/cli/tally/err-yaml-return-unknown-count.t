# A site return counts yes, no, abstain, blank and void; a misspelt count is an error with a hint.
--- file ballots.yaml
returns:
  - {unit: ifise-4407, site: Chicago, accept: {yes: 4, noo: 19}}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:2:56: unknown count 'noo'; a return counts yes, no, abstain, blank and void
   = help: did you mean 'no'?
--- exit 2
