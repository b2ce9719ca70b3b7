# A YAML ballot with an empty key ("": yes), or a totals file whose questions: has one, gives an answer to no question: refused at the key.
--- file ballots.yaml
ballots:
  - {voter: V0001, accept: yes}
  - {voter: V0002, "": no}
--- file totals.yaml
bargain: 1
questions:
  " ": Do you accept the employer's last, best offer?
totals:
  - {question: accept, option: yes, votes: 37}
--- run
bargain tally ballots.yaml
bargain tally --totals totals.yaml
--- stderr
bargain: ballots.yaml:3:20: a question id cannot be empty
bargain: totals.yaml:3:3: a question id cannot be empty
  |
3 |   " ": Do you accept the employer's last, best offer?
  |   ^^^
--- exit 2
