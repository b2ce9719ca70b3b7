# Ids end up in calendar UIDs, on command lines and in constraints, so they are words: an empty id, spaces, ';', markup, a date-shaped id and the reserved contract_expires are errors at the id. A unit's id only has to match the roster, so it may hold spaces.
--- file campaign.yaml
bargain: 1
campaign: {name: Hostile ids}
units:
  - {id: "Local 4408; Chicago", members: 10}
events:
  - {id: "", kind: rally, date: 2026-05-01}
  - {id: "picket line", kind: picket, date: 2026-05-01}
  - {id: "a;DTSTART:19700101", kind: rally, date: 2026-05-01}
  - {id: "<script>alert(1)</script>", kind: rally, date: 2026-05-01}
  - {id: "=HYPERLINK(\"http://x\")", kind: rally, date: 2026-05-01}
  - {id: contract_expires, kind: rally, date: 2026-05-01}
  - {id: 2026-05-01, kind: rally, date: 2026-05-01}
  - {id: huelga-día, kind: strike, date: {after: rally, days: -3}}
  - {id: rally, kind: rally, date: 0206-05-01}
  - {id: far, kind: rally, date: 9999-12-01}
  - {id: farther, kind: rally, date: {after: far, days: 31}}
--- run
bargain check campaign.yaml; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: campaign.yaml:6:10: an id cannot be empty
  |
6 |   - {id: "", kind: rally, date: 2026-05-01}
  |          ^^
bargain: campaign.yaml:7:10: id 'picket line' has a space; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
  |
7 |   - {id: "picket line", kind: picket, date: 2026-05-01}
  |          ^^^^^^^^^^^^^
bargain: campaign.yaml:8:10: id 'a;DTSTART:19700101' has ';'; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
  |
8 |   - {id: "a;DTSTART:19700101", kind: rally, date: 2026-05-01}
  |          ^^^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:9:10: id '<script>alert(1)</script>' has '<'; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
  |
9 |   - {id: "<script>alert(1)</script>", kind: rally, date: 2026-05-01}
  |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^
bargain: campaign.yaml:10:10: id '=HYPERLINK("http://x")' has '='; an id is letters, digits, '-', '_' and '.' (like lbo-vote)
   |
10 |   - {id: "=HYPERLINK(\"http://x\")", kind: rally, date: 2026-05-01}
   |          ^^^^^^^^^^^^^^
bargain: campaign.yaml:11:10: 'contract_expires' names the contract's expiry date; give this item another id
   |
11 |   - {id: contract_expires, kind: rally, date: 2026-05-01}
   |          ^^^^^^^^^^^^^^^^
bargain: campaign.yaml:12:10: id '2026-05-01' looks like a date, which not_before: could not tell from an id; add a word (like rally-2026-05-01)
   |
12 |   - {id: 2026-05-01, kind: rally, date: 2026-05-01}
   |          ^^^^^^^^^^
bargain: campaign.yaml:13:64: expected 0 or more, found '-3'; for a date before it, write before: instead of after:
   |
13 |   - {id: huelga-día, kind: strike, date: {after: rally, days: -3}}
   |                                                               ^^
bargain: campaign.yaml:14:36: expected a year from 1900 to 9999, found '0206-05-01'
   |
14 |   - {id: rally, kind: rally, date: 0206-05-01}
   |                                    ^^^^^^^^^^
bargain: campaign.yaml:16:38: this date falls outside the years 1900 to 9999
   |
16 |   - {id: farther, kind: rally, date: {after: far, days: 31}}
   |                                      ^^^^^^^^^^^^^^^^^^^^^^
