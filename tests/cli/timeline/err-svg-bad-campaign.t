# A campaign with problems gets no chart: the problems are reported, exit 2, and -o leaves no file behind.
--- file campaign.yaml
bargain: 1
campaign: {name: Bad}
events:
  - {id: strike, kind: strike, date: {after: notice, days: 5}}
--- run
bargain timeline campaign.yaml --format svg -o chart.svg
--- stderr
bargain: campaign.yaml:4:46: no session, offer, vote or event with id 'notice'
  |
4 |   - {id: strike, kind: strike, date: {after: notice, days: 5}}
  |                                              ^^^^^^
--- exit 2
--- output chart.svg
<no such file>
