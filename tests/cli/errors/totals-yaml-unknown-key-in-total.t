# A YAML total with a key it does not have (count: instead of votes:): refused at the key, with the keys a total has.
--- file totals.yaml
bargain: 1
totals:
  - {question: accept, option: yes, count: 37}
--- run
bargain tally --totals totals.yaml --eligible 120
--- stderr
bargain: totals.yaml:3:37: unknown key 'count'; a total has question, option, votes and unit
  |
3 |   - {question: accept, option: yes, count: 37}
  |                                     ^^^^^
--- exit 2
