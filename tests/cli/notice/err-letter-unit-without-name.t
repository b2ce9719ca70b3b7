# The intent-to-strike letter lists each unit by name: a unit with neither name: nor short: is an error at the unit itself (exit 2); a unit with only a short name goes by it.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
units:
  - {id: l1, short: Local 1}
  - {id: l2}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
--- run
bargain notice campaign.yaml notice --format markdown
--- stderr
bargain: campaign.yaml:5:5: the intent-to-strike letter for 'notice' names each unit, and unit 'l2' has no name: add `name:` to it
bargain: nothing written; give --draft to write it with a placeholder for each missing value
--- exit 2
