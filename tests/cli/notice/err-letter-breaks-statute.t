# An intent-to-strike letter whose own dates break the statute it cites (a strike two days after the notice, where 5 ILCS 315/17 asks five) is not written: exit 1, the violation printed with its citation at the strike, nothing on stdout or in -o. The campaign's own constraint stays a warning.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd., law: illinois-iplra, contract_expires: 2020-01-01}
units:
  - {id: l1, name: Local 1, members: 40}
events:
  - {id: med, kind: mediation, date: 2020-02-01}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
  - {id: strike, kind: strike, date: 2020-02-12, start: "06:00"}
constraints:
  - {first: med, then: notice, min_days: 14}
--- run
bargain notice campaign.yaml notice -o letter.txt; echo "exit $?"
ls
--- stdout
exit 1
campaign.yaml
--- stderr
bargain: campaign.yaml:7:5: warning: 'notice' must be at least 14 days after 'med'; it is 9 [campaign.yaml:10]
bargain: campaign.yaml:8:5: the intent-to-strike letter would break the law it cites: the strike must be at least 5 days after the notice of intent to strike; it is 2 (the strike 'strike' on 2020-02-12) [5 ILCS 315/17]
bargain: nothing written: move the dates, or give --draft to write the letter anyway
