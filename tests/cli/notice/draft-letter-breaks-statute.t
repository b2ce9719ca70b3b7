# With --draft the letter whose dates break its statute is written (exit 0), and the violation is a warning with its citation.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd., law: illinois-iplra, contract_expires: 2020-01-01}
units:
  - {id: l1, name: Local 1, members: 40}
events:
  - {id: med, kind: mediation, date: 2020-02-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
  - {id: strike, kind: strike, date: 2020-02-12, start: "06:00"}
--- run
bargain notice campaign.yaml notice --draft > letter.txt; echo "exit $?"
grep -A2 'The strike will begin' letter.txt
--- stdout
exit 0
The strike will begin at 6 a.m. on Wednesday, February 12, 2020, two
days after the date of this notice. 5 ILCS 315/17 requires at least five
days' notice.
--- stderr
bargain: campaign.yaml:8:5: warning: the intent-to-strike letter breaks the law it cites: the strike must be at least 5 days after the notice of intent to strike; it is 2 (the strike 'strike' on 2020-02-12) [5 ILCS 315/17]
bargain: a draft, with no placeholders
