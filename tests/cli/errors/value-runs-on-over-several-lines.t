# A quoted value whose closing quote is missing swallows the entries after it, up to the next quote: refused in a YAML ballot file, a YAML roster and a YAML totals file.
--- file ballots.yaml
ballots:
  - voter: "V0001
    accept: yes

  - voter: V0002"
    accept: no
--- file roster.yaml
roster:
  - voter: "V0001
    unit: local-4408

  - voter: V0002"
    unit: local-4408
--- file totals.yaml
bargain: 1
totals:
  - {question: accept, option: "yes, votes: 37}

  - {question: accept, option: no", votes: 70}
--- run
bargain tally ballots.yaml
bargain tally --roster roster.yaml ballots.yaml
bargain tally --totals totals.yaml
--- stderr
bargain: ballots.yaml:2:12: this value runs on over several lines: is a closing quote missing?
bargain: roster.yaml:2:12: this value runs on over several lines: is a closing quote missing?
bargain: ballots.yaml:2:12: this value runs on over several lines: is a closing quote missing?
bargain: totals.yaml:3:32: this value runs on over several lines: is a closing quote missing?
  |
3 |   - {question: accept, option: "yes, votes: 37}
  |                                ^^^^^^^^^^^^^^^^
--- exit 2
