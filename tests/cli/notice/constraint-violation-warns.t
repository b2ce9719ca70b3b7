# A date that breaks the law preset is a warning on stderr when the notice is not the letter that cites the law: the strike's media advisory is still written (exit 0), and bargain check is what fails on it.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme, law: illinois-iplra, contract_expires: 2020-01-01}
units:
  - {id: l1, name: Local 1, members: 40}
events:
  - {id: med, kind: mediation, date: 2020-02-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
  - {id: strike, kind: strike, date: 2020-02-12, start: "06:00", locations: [{name: Plant gate, city: Springfield}]}
--- run
bargain notice campaign.yaml strike > advisory.txt; echo "exit $?"
grep WHEN advisory.txt
--- stdout
exit 0
WHEN: Wednesday, February 12, 2020, 6 a.m.
--- stderr
bargain: campaign.yaml:8:5: warning: the strike must be at least 5 days after the notice of intent to strike; it is 2 (the strike 'strike' on 2020-02-12) [5 ILCS 315/17]
