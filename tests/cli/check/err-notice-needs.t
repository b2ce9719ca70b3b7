# What each event's built-in notice needs is checked too, so the notice CI renders cannot fail later: a picket's media advisory needs where it is (and who, without units), an intent-to-strike letter its sender's and the employer's addresses; only once the campaign itself reads cleanly, so a misspelt key is not reported twice; a meeting has no built-in notice.
--- file campaign.yaml
bargain: 1
campaign: {name: Needs, employer: Acme Corp}
events:
  - {id: picket, kind: picket, date: 2026-03-04}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-03-01}
  - {id: meeting, kind: meeting, date: 2026-03-02}
units: [{id: local-1, name: Local 1}]
--- file typo.yaml
bargain: 1
campaign: {name: Needs}
events:
  - {id: picket, kind: picket, date: 2026-03-04, who: Local 1, locatoins: [{name: City Hall}]}
--- file fixed.yaml
bargain: 1
campaign: {name: Needs, employer: Acme Corp, employer_address: 1 Main St., union_address: 2 Hall Rd.}
events:
  - {id: picket, kind: picket, date: 2026-03-04, locations: [{name: City Hall, city: Springfield}]}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-03-01}
  - {id: meeting, kind: meeting, date: 2026-03-02}
units: [{id: local-1, name: Local 1}]
--- run
bargain check campaign.yaml; echo "exit $?"
bargain check typo.yaml; echo "exit $?"
bargain check fixed.yaml
--- stdout
exit 2
exit 2
fixed.yaml: ok: 3 dated items, 0 votes, 0 ballot and roster files
--- stderr
bargain: campaign.yaml:4:5: the media advisory for 'picket' needs where the picket takes place: add `locations:` to the event, each with a `name:`, `address:` and `city:`
bargain: campaign.yaml:5:5: the intent-to-strike letter for 'notice' needs the union's address, its sender: add `union_address:` under `campaign:`
bargain: campaign.yaml:5:5: the intent-to-strike letter for 'notice' needs the employer's address, where it is served: add `employer_address:` under `campaign:`
bargain: typo.yaml:4:64: unknown key 'locatoins' in an event
  |
4 |   - {id: picket, kind: picket, date: 2026-03-04, who: Local 1, locatoins: [{name: City Hall}]}
  |                                                                ^^^^^^^^^
  = help: did you mean 'locations'?
