# A "billion laughs" file (lists of lists of aliases) stops at the first alias past the limit in a campaign; in ballot, question and roster files no alias may stand for a list at all.
--- file campaign.yaml
bargain: 1
campaign: {name: Laughs}
units:
  - {id: u0, name: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}
  - {id: u1, name: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]}
  - {id: u2, name: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]}
  - {id: u3, name: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]}
  - {id: u4, name: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]}
  - {id: u5, name: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]}
  - {id: u6, name: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]}
  - {id: u7, name: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]}
  - {id: u8, name: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]}
--- file questions.yaml
questions:
  x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
  x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
  x2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
ballots:
  - {voter: V1, accept: yes}
--- file ballots.yaml
ballots:
  - {voter: V1, accept: yes, x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol], x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]}
--- file roster.yaml
roster:
  - {voter: V1, unit: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol], x: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]}
--- file ballots.csv
voter,accept
V1,yes
--- run
bargain check campaign.yaml 2>&1; echo "exit $?"
bargain timeline campaign.yaml --format ics 2>&1; echo "exit $?"
bargain tally questions.yaml 2>&1; echo "exit $?"
bargain tally ballots.yaml 2>&1; echo "exit $?"
bargain tally ballots.csv --roster roster.yaml 2>&1; echo "exit $?"
--- stdout
bargain: campaign.yaml:8:60: too many aliases expanded (is this a 'billion laughs' file?)
  |
8 |   - {id: u4, name: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]}
  |                                                            ^^^
exit 2
bargain: campaign.yaml:8:60: too many aliases expanded (is this a 'billion laughs' file?)
  |
8 |   - {id: u4, name: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]}
  |                                                            ^^^
exit 2
bargain: questions.yaml:3:12: an alias (*name) may only stand for a single value here, not a list or mapping
exit 2
bargain: ballots.yaml:2:99: an alias (*name) may only stand for a single value here, not a list or mapping
exit 2
bargain: roster.yaml:2:87: an alias (*name) may only stand for a single value here, not a list or mapping
exit 2
