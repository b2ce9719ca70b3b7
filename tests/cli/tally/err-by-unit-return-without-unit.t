# With --by-unit, a site return without a unit cannot be placed: an error at its line.
--- file ballots.yaml
returns:
  - {site: Chicago, accept: {yes: 4, no: 19}}
--- run
bargain tally ballots.yaml --by-unit
--- stderr
bargain: ballots.yaml:2: this return has no unit, so --by-unit cannot place it
--- exit 2
