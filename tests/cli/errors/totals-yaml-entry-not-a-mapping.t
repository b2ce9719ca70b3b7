# A YAML totals entry written as a list ([accept, yes, 37]): refused at the entry, with the shape it takes.
--- file totals.yaml
bargain: 1
totals:
  - {question: accept, option: yes, votes: 37}
  - [accept, no, 70]
--- run
bargain tally --totals totals.yaml --eligible 120
--- stderr
bargain: totals.yaml:4:5: each entry under 'totals' should be a mapping ({question: ..., option: ..., votes: ...}), found a list
  |
4 |   - [accept, no, 70]
  |     ^^^^^^^^^^^^^^^^
--- exit 2
