# A campaign with problems gets no log: every problem is reported, exit 2.
--- file campaign.yaml
bargain: 1
campaign: {name: Bad}
sessions:
  - id: s1
    date: {after: s9, days: 7}
    proposals:
      - {article: Wages, side: onion, status: tentative}
--- run
bargain sessions campaign.yaml
--- stderr
bargain: campaign.yaml:5:19: no session, offer, vote or event with id 's9'
  |
5 |     date: {after: s9, days: 7}
  |                   ^^
  = help: did you mean 's1'?
bargain: campaign.yaml:7:32: side must be union or employer, not 'onion'
  |
7 |       - {article: Wages, side: onion, status: tentative}
  |                                ^^^^^
  = help: did you mean 'union'?
bargain: campaign.yaml:7:47: proposal status must be open, ta or withdrawn, not 'tentative'
  |
7 |       - {article: Wages, side: onion, status: tentative}
  |                                               ^^^^^^^^^
--- exit 2
