# A ballot file that does not read is an error at its place; a vote rule that does not parse is one at the rule itself, found when the campaign loads.
--- file bad.csv
voter,accept
V1,no,extra
--- file good.csv
voter,accept
V1,no
--- file campaign.yaml
bargain: 1
campaign: {name: Test}
votes:
  - {id: v1, question: "Do you accept?", ballots: [bad.csv], column: accept}
events:
  - {id: rally, kind: rally, date: 2020-02-04}
--- file campaign2.yaml
bargain: 1
campaign: {name: Test}
votes:
  - {id: v1, question: "Do you accept?", ballots: [good.csv], column: accept, rule: two-thrids}
events:
  - {id: rally, kind: rally, date: 2020-02-04}
--- run
bargain notice campaign.yaml rally; echo "exit $?"
bargain notice campaign2.yaml rally; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: bad.csv:2:7: this row has 3 fields but the header has 2
bargain: campaign2.yaml:4:85: unknown rule 'two-thrids'; rules are majority, two-thirds, three-quarters, chicago-ielra, uaw, uk-2016, uk-2016-ips, uk-2026, teamsters-1987, or a fraction like '>1/2 of valid' or '>=2/3 of eligible'
  |
4 |   - {id: v1, question: "Do you accept?", ballots: [good.csv], column: accept, rule: two-thrids}
  |                                                                                     ^^^^^^^^^^
  = help: did you mean 'two-thirds'?
