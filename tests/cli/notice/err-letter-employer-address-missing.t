# An intent-to-strike letter is not served without the employer's address: exit 2, at the event, saying to add employer_address: under campaign:.
--- file campaign.yaml
bargain: 1
campaign:
  name: Test
  employer: Acme Corp
  union_address: 2 Union Hall Rd., Springfield, IL 62701
units:
  - {id: l1, name: Local 1}
events:
  - id: notice
    kind: notice
    type: intent-to-strike
    date: 2020-02-10
--- run
bargain notice campaign.yaml notice --format html
--- stderr
bargain: campaign.yaml:9:5: the intent-to-strike letter for 'notice' needs the employer's address, where it is served: add `employer_address:` under `campaign:`
bargain: nothing written; give --draft to write it with a placeholder for each missing value
--- exit 2
