# A campaign with problems is not listed: every problem is reported, exit 2.
--- file campaign.yaml
bargain: 1
campaign: {name: Bad}
events:
  - {id: a, kind: strik, date: 2020-02-30}
  - {id: b, kind: rally, date: {after: nowhere, days: 2}}
--- run
bargain timeline campaign.yaml
--- stderr
bargain: campaign.yaml:4:19: event kind must be picket, rally, strike, notice, mediation, deadline, meeting or other, not 'strik'
  |
4 |   - {id: a, kind: strik, date: 2020-02-30}
  |                   ^^^^^
  = help: did you mean 'strike'?
bargain: campaign.yaml:4:32: no such date, found '2020-02-30'
  |
4 |   - {id: a, kind: strik, date: 2020-02-30}
  |                                ^^^^^^^^^^
bargain: campaign.yaml:5:40: no session, offer, vote or event with id 'nowhere'
  |
5 |   - {id: b, kind: rally, date: {after: nowhere, days: 2}}
  |                                        ^^^^^^^
--- exit 2
