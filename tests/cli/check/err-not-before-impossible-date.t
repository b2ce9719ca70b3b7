# not_before: shaped like a date but not one (2026-02-30) is "no such date", not an unknown id.
--- file campaign.yaml
bargain: 1
campaign: {name: x}
events:
  - {id: e, kind: strike, date: 2026-03-01}
constraints:
  - {event: e, not_before: 2026-02-30}
--- run
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:6:28: no such date, found '2026-02-30'
  |
6 |   - {event: e, not_before: 2026-02-30}
  |                            ^^^^^^^^^^
--- exit 2
