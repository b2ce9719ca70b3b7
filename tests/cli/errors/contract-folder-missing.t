# A contract: folder that is not there is refused at contract:.
--- file campaign.yaml
bargain: 1
campaign:
  name: Local 4408 contract 2026
  timezone: America/Chicago
contract: contract/
sessions:
  - id: s1
    date: 2026-03-10
    proposals:
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:5:11: contract: contract/: cannot open the contract folder: No such file or directory
  |
5 | contract: contract/
  |           ^^^^^^^^^
--- exit 2
