# UK: a ballot closing before 2026-02-18 needs 14 days' notice and a strike within 6 months; one closing after, 10 days and 12 months.
--- file before.yaml
bargain: 1
campaign: {name: Before, law: uk-tulrca, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
votes:
  - {id: ballot, kind: strike-authorization, question: Strike, closes: 2025-09-01T12:00}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-03-01}
  - {id: strike, kind: strike, date: 2026-03-12, locations: [{name: City Hall, city: Springfield}]}
units: [{id: local-1, name: Local 1}]
--- file after.yaml
bargain: 1
campaign: {name: After, law: uk-tulrca, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
votes:
  - {id: ballot, kind: strike-authorization, question: Strike, closes: 2026-03-02T12:00}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-03-10}
  - {id: strike, kind: strike, date: 2026-03-20, locations: [{name: City Hall, city: Springfield}]}
units: [{id: local-1, name: Local 1}]
--- run
bargain check before.yaml
echo "exit $?"
bargain check after.yaml
echo "exit $?"
--- stdout
before.yaml:7:5: the strike must be at least 14 days after the notice of intent to strike; it is 11 (the strike 'strike' on 2026-03-12) [Trade Union and Labour Relations (Consolidation) Act 1992, ss. 234, 234A]
before.yaml:7:5: the strike must begin within 6 months of the ballot closing (2025-09-01) (the strike 'strike' on 2026-03-12) [Trade Union and Labour Relations (Consolidation) Act 1992, ss. 234, 234A]
exit 1
after.yaml: ok: 3 dated items, 1 vote, 0 ballot and roster files
exit 0
