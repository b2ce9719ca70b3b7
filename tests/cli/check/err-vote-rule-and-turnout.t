# A vote's rule: and turnout: are read when the campaign loads, so check fails on a misspelt rule or a turnout that is not a share, each at its value, and tally --campaign says the same.
--- file campaign.yaml
bargain: 1
campaign: {name: Rules}
votes:
  - id: lbo-vote
    question: Do you accept the employer's last, best offer?
    rule: two-thrids
  - id: strike-vote
    question: Do you authorize a strike?
    rule: ">=2/3 of members"
    turnout: half
--- file fixed.yaml
bargain: 1
campaign: {name: Rules}
votes:
  - {id: lbo-vote, question: "Accept?", rule: two-thirds, turnout: 50%}
  - {id: strike-vote, question: "Strike?", rule: ">=3/5 of eligible", turnout: 1/2}
--- run
bargain check campaign.yaml; echo "exit $?"
bargain tally --campaign campaign.yaml --vote lbo-vote; echo "exit $?"
bargain check fixed.yaml
--- stdout
exit 2
exit 2
fixed.yaml: ok: 0 dated items, 2 votes, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:6:11: unknown rule 'two-thrids'; rules are majority, two-thirds, three-quarters, chicago-ielra, uaw, uk-2016, uk-2016-ips, uk-2026, teamsters-1987, or a fraction like '>1/2 of valid' or '>=2/3 of eligible'
  |
6 |     rule: two-thrids
  |           ^^^^^^^^^^
  = help: did you mean 'two-thirds'?
bargain: campaign.yaml:9:11: rule '>=2/3 of members': 'members' is not valid, cast or eligible
  |
9 |     rule: ">=2/3 of members"
  |           ^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:10:14: turnout 'half': expected a fraction like 2/3 or a percentage like 60%
   |
10 |     turnout: half
   |              ^^^^
bargain: campaign.yaml:6:11: unknown rule 'two-thrids'; rules are majority, two-thirds, three-quarters, chicago-ielra, uaw, uk-2016, uk-2016-ips, uk-2026, teamsters-1987, or a fraction like '>1/2 of valid' or '>=2/3 of eligible'
  |
6 |     rule: two-thrids
  |           ^^^^^^^^^^
  = help: did you mean 'two-thirds'?
bargain: campaign.yaml:9:11: rule '>=2/3 of members': 'members' is not valid, cast or eligible
  |
9 |     rule: ">=2/3 of members"
  |           ^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:10:14: turnout 'half': expected a fraction like 2/3 or a percentage like 60%
   |
10 |     turnout: half
   |              ^^^^
