# Within one YAML ballot, a question key that is an earlier one with blanks around it or in another case (" accept", Accept) is the same question twice: refused at the second key, naming both, instead of counting the ballot twice.
--- file ballots.yaml
bargain: 1
ballots:
  - {voter: V1, accept: yes, " accept": yes}
  - {voter: V2, accept: no}
  - {voter: V3, Accept: no,
     accept: yes}
--- run
bargain tally ballots.yaml
--- stderr
bargain: ballots.yaml:3:30: the question 'accept' appears twice in this ballot: 'accept' (line 3) and ' accept'
bargain: ballots.yaml:6:6: the question 'accept' appears twice in this ballot: 'Accept' (line 5) and 'accept'
--- exit 2
