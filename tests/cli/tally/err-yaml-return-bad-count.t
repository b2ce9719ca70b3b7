# A site return's count must be a whole number of ballots.
--- file ballots.yaml
returns:
  - {unit: ifise-4407, site: Chicago, accept: {yes: 4, no: nineteen}}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:2:60: a count should be a whole number of ballots
--- exit 2
