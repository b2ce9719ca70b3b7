# A site return gives an answer (accept: yes) where it should give counts: refused, with the shape it takes.
--- file ballots.yaml
bargain: 1
returns:
  - {unit: local-4408, site: Westside High School, accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:60: the return for 'accept' should be counts like {yes: 4, no: 19}, found text
--- exit 2
