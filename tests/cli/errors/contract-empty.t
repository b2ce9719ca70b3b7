# contract: with no folder is refused at it.
--- file campaign.yaml
bargain: 1
campaign:
  name: Local 4408 contract 2026
  timezone: America/Chicago
contract: ""
sessions:
  - id: s1
    date: 2026-03-10
    proposals:
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:5:11: contract: names the folder of the contract's Markdown files, like contract/
  |
5 | contract: ""
  |           ^^
--- exit 2
