# A contract folder with no .md files is refused at contract:.
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
--- file contract/README.txt
the contract goes here
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:5:11: contract: contract/: the contract folder has no .md files
  |
5 | contract: contract/
  |           ^^^^^^^^^
  = help: write the contract's articles as Markdown files in it, one per article
--- exit 2
