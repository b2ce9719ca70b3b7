# A YAML total without its votes: refused at the entry, with the keys each total needs.
--- file totals.yaml
bargain: 1
totals:
  - {question: accept, option: yes, votes: 37}
  - {question: accept, option: no}
--- run
bargain tally --totals totals.yaml --eligible 120
--- stderr
bargain: totals.yaml:4:5: this total has no 'votes': each entry under 'totals' has question, option and votes (and optionally unit)
  |
4 |   - {question: accept, option: no}
  |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
--- exit 2
