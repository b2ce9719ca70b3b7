# A YAML totals file with a key other than bargain, questions and totals (results: instead of totals:): refused, with the keys it has.
--- file totals.yaml
bargain: 1
questions:
  accept: Do you accept the employer's last, best offer?
results:
  - {question: accept, option: yes, votes: 37}
  - {question: accept, option: no, votes: 70}
--- run
bargain tally --totals totals.yaml --eligible 120
--- stderr
bargain: totals.yaml:4:1: unknown key 'results'; a totals file has bargain, questions and totals
  |
4 | results:
  | ^^^^^^^
--- exit 2
