# A date counting from itself, and a circle through three dates (one counted in business days), are each named; a date that only depends on the circle adds no second message.
--- file campaign.yaml
bargain: 1
campaign: {name: Cycles}
events:
  - {id: self, kind: rally, date: {after: self, days: 1}}
  - {id: a, kind: rally, date: {after: c, days: 1}}
  - {id: b, kind: rally, date: {before: a, days: 2, business: true}}
  - {id: c, kind: rally, date: {after: b, days: 3}}
  - {id: d, kind: rally, date: {after: a, days: 1}}
  - {id: ok, kind: rally, date: 2026-01-01}
--- run
bargain timeline campaign.yaml --format ics 2>&1; echo "exit $?"
bargain notice campaign.yaml ok 2>&1; echo "exit $?"
--- stdout
bargain: campaign.yaml:4:35: these dates count from one another in a circle: self -> self
  |
4 |   - {id: self, kind: rally, date: {after: self, days: 1}}
  |                                   ^^^^^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:6:32: these dates count from one another in a circle: a -> c -> b -> a
  |
6 |   - {id: b, kind: rally, date: {before: a, days: 2, business: true}}
  |                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
exit 2
bargain: campaign.yaml:4:35: these dates count from one another in a circle: self -> self
  |
4 |   - {id: self, kind: rally, date: {after: self, days: 1}}
  |                                   ^^^^^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:6:32: these dates count from one another in a circle: a -> c -> b -> a
  |
6 |   - {id: b, kind: rally, date: {before: a, days: 2, business: true}}
  |                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
exit 2
