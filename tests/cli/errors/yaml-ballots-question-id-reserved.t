# A YAML ballot file's questions: names a reserved column (unit) as a question: refused, since that key is read as the ballot's unit.
--- file ballots.yaml
bargain: 1
questions:
  unit: Which local are you in?
  accept: Do you accept the employer's last, best offer?
ballots:
  - {voter: V0001, unit: local-4408, accept: no}
  - {voter: V0002, unit: local-4408, accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:3: 'unit' cannot be a question id
--- exit 2
