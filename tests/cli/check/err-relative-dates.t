# Mistakes in relative dates outside sessions, offers and events are reported at their place: a circle through the contract's expiry, counting from contract_expires when the campaign gives none, a vote window counting from an unknown id or with an impossible time, time: where only a date belongs, a not_before too far away, and a holiday that counts from another date.
--- file circle.yaml
bargain: 1
campaign:
  name: Circle
  contract_expires: {after: notice, days: 60}
  holidays: [2026-07-03, {after: notice, days: 1}]
events:
  - {id: notice, kind: notice, date: {before: contract_expires, days: 60}}
  - {id: rally, kind: rally, date: {after: notice, days: 1, time: "10:00"}}
votes:
  - {id: v, question: Q, opens: {after: nothing, days: 1}, closes: {after: rally, days: 2, time: "25:00"}}
constraints:
  - {event: rally, not_before: {after: notice, days: 99999}}
--- file no-expiry.yaml
bargain: 1
campaign: {name: No expiry}
events:
  - {id: notice, kind: notice, date: {before: contract_expires, days: 60}}
votes:
  - {id: v, question: Q, opens: {before: contract_expires, days: 3}, closes: 2026-01-01}
constraints:
  - {event: notice, not_before: {after: contract_expires, days: 1}}
--- run
bargain check circle.yaml; echo "exit $?"
bargain check no-expiry.yaml; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: circle.yaml:5:26: a holiday is a date as YYYY-MM-DD: business days are counted around holidays, so a holiday cannot count from another date
  |
5 |   holidays: [2026-07-03, {after: notice, days: 1}]
  |                          ^^^^^^^^^^^^^^^^^^^^^^^^
bargain: circle.yaml:8:61: unknown key 'time' in a relative date
  |
8 |   - {id: rally, kind: rally, date: {after: notice, days: 1, time: "10:00"}}
  |                                                             ^^^^
bargain: circle.yaml:10:41: no session, offer, vote or event with id 'nothing'
   |
10 |   - {id: v, question: Q, opens: {after: nothing, days: 1}, closes: {after: rally, days: 2, time: "25...
   |                                         ^^^^^^^
bargain: circle.yaml:10:98: no such time of day, found '25:00'
   |
10 | ..., closes: {after: rally, days: 2, time: "25:00"}}
   |                                            ^^^^^^^
bargain: circle.yaml:12:32: more than 36600 days away
   |
12 |   - {event: rally, not_before: {after: notice, days: 99999}}
   |                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: circle.yaml:7:38: these dates count from one another in a circle: contract_expires -> notice -> contract_expires
  |
7 |   - {id: notice, kind: notice, date: {before: contract_expires, days: 60}}
  |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: no-expiry.yaml:8:33: not_before counts from contract_expires, but the campaign gives no contract_expires
  |
8 |   - {event: notice, not_before: {after: contract_expires, days: 1}}
  |                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: no-expiry.yaml:4:38: 'notice' counts from contract_expires, but the campaign gives no contract_expires
  |
4 |   - {id: notice, kind: notice, date: {before: contract_expires, days: 60}}
  |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: no-expiry.yaml:6:33: the opening of vote 'v' counts from contract_expires, but the campaign gives no contract_expires
  |
6 |   - {id: v, question: Q, opens: {before: contract_expires, days: 3}, closes: 2026-01-01}
  |                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
