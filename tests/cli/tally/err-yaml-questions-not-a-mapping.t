# `questions:` maps each question id to its text: a list there, or a text that is not text, is
# refused at its place, in a ballot file and in a totals file alike (one reader serves both).
--- file ballots.yaml
bargain: 1
questions: [accept]
ballots:
  - {voter: V1, accept: yes}
--- file totals.yaml
bargain: 1
questions:
  accept: {text: Do you accept}
totals:
  - {question: accept, option: yes, votes: 3}
--- run
bargain tally ballots.yaml; echo "exit $?"
bargain tally --totals totals.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: ballots.yaml:2:12: 'questions' should map each question id to its text, found a list
bargain: totals.yaml:3:11: a question's text should be text, found a mapping
  |
3 |   accept: {text: Do you accept}
  |           ^^^^^^^^^^^^^^^^^^^^^
