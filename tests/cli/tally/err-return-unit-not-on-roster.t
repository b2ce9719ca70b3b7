# With a roster that has units, a site return for a unit not on it is an error.
--- file roster.csv
voter,unit
V1,ifpe-4408
--- file ballots.yaml
returns:
  - {unit: ifise-4407, site: Chicago, accept: {yes: 4, no: 19}}
--- run
bargain tally ballots.yaml --roster roster.csv
--- stderr
bargain: ballots.yaml:2: the unit 'ifise-4407' of this return is not a unit of the roster
--- exit 2
