# A site return's count that is a list, is left out, or has more than 12 digits: refused at the count.
--- file ballots.yaml
bargain: 1
returns:
  - {unit: local-4408, site: Westside High School, accept: {yes: [41], no: 19}}
--- file blank.yaml
bargain: 1
returns:
  - {unit: local-4408, site: Westside High School, accept: {yes: 41, no: }}
--- file pasted.yaml
bargain: 1
returns:
  - {unit: local-4408, site: Westside High School, accept: {yes: 4100000000000, no: 19}}
--- run
bargain tally ballots.yaml
bargain tally blank.yaml
bargain tally pasted.yaml
--- stderr
bargain: ballots.yaml:3:66: a count should be a whole number, found a list
bargain: blank.yaml:3:74: a count should be a whole number, found nothing
bargain: pasted.yaml:3:66: a count should be a whole number, found text
--- exit 2
