# A proposal on a section, in a campaign with no contract: to find it in, is refused at section:.
--- file campaign.yaml
bargain: 1
campaign:
  name: Local 4408 contract 2026
  timezone: America/Chicago
sessions:
  - id: s1
    date: 2026-03-10
    proposals:
      - {article: Leave, status: open, section: art-17.2, text: x}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:9:49: this proposal is on section 'art-17.2', and the campaign has no contract: to find it in
  |
9 |       - {article: Leave, status: open, section: art-17.2, text: x}
  |                                                 ^^^^^^^^
  = help: add contract: with the folder of the contract's Markdown files, like contract: contract/
--- exit 2
