# A vote is counted from ballots or from a vendor's totals: naming both is an error at the second key, whichever comes first; totals: is a file or a list of them.
--- file campaign.yaml
bargain: 1
campaign: {name: Both}
votes:
  - id: a
    question: Q
    ballots: ballots.csv
    totals: vendor.csv
  - id: b
    question: Q
    totals: [vendor.csv]
    ballots: [ballots.csv]
  - {id: c, question: Q, totals: {file: vendor.csv}}
--- run
bargain check campaign.yaml
--- stdout
campaign.yaml:4:5: note: vote 'a': its ballot files ballots.csv and vendor.csv are not there yet (the vote has no closing date)
campaign.yaml:8:5: note: vote 'b': its ballot files ballots.csv and vendor.csv are not there yet (the vote has no closing date)
--- stderr
bargain: campaign.yaml:7:5: a vote is counted from ballots or from a vendor's totals, not both
  |
7 |     totals: vendor.csv
  |     ^^^^^^
bargain: campaign.yaml:11:5: a vote is counted from ballots or from a vendor's totals, not both
   |
11 |     ballots: [ballots.csv]
   |     ^^^^^^^
bargain: campaign.yaml:12:34: expected a totals file or a list of them, found a mapping
   |
12 |   - {id: c, question: Q, totals: {file: vendor.csv}}
   |                                  ^^^^^^^^^^^^^^^^^^
--- exit 2
