# Days and times that do not exist anywhere a campaign has a date (expiry, holidays, sessions, offers, vote windows, events, relative offsets) are each reported at their place.
--- file campaign.yaml
bargain: 1
campaign:
  name: Dates
  contract_expires: 2026-02-30
  holidays: [2026-02-29, 2026-13-01]
sessions:
  - {id: s1, date: 2026-04-31, start: "25:00", end: "10:60"}
offers:
  - {id: o1, side: union, date: 2026-00-10, wages: [1]}
votes:
  - {id: v1, question: Accept, opens: 2026-02-30T07:00, closes: 2026-02-28T24:00}
events:
  - {id: e2, kind: rally, date: 2026-2-3}
  - {id: e3, kind: rally, date: 99999-01-01}
  - {id: e4, kind: rally, date: {after: s1, days: 99999999999}}
  - {id: e5, kind: rally, date: {before: e2, days: -3}}
--- run
bargain check campaign.yaml 2>&1; echo "exit $?"
bargain notice campaign.yaml e2 > err.txt 2>&1; echo "exit $?"; grep '^bargain:' err.txt | tail -1
--- stdout
bargain: campaign.yaml:4:21: no such date, found '2026-02-30'
  |
4 |   contract_expires: 2026-02-30
  |                     ^^^^^^^^^^
bargain: campaign.yaml:5:14: no such date, found '2026-02-29'
  |
5 |   holidays: [2026-02-29, 2026-13-01]
  |              ^^^^^^^^^^
bargain: campaign.yaml:5:26: no such date, found '2026-13-01'
  |
5 |   holidays: [2026-02-29, 2026-13-01]
  |                          ^^^^^^^^^^
bargain: campaign.yaml:7:20: no such date, found '2026-04-31'
  |
7 |   - {id: s1, date: 2026-04-31, start: "25:00", end: "10:60"}
  |                    ^^^^^^^^^^
bargain: campaign.yaml:7:39: no such time of day, found '25:00'
  |
7 |   - {id: s1, date: 2026-04-31, start: "25:00", end: "10:60"}
  |                                       ^^^^^^^
bargain: campaign.yaml:7:53: no such time of day, found '10:60'
  |
7 |   - {id: s1, date: 2026-04-31, start: "25:00", end: "10:60"}
  |                                                     ^^^^^^^
bargain: campaign.yaml:9:33: no such date, found '2026-00-10'
  |
9 |   - {id: o1, side: union, date: 2026-00-10, wages: [1]}
  |                                 ^^^^^^^^^^
bargain: campaign.yaml:11:39: no such date, found '2026-02-30T07:00'
   |
11 |   - {id: v1, question: Accept, opens: 2026-02-30T07:00, closes: 2026-02-28T24:00}
   |                                       ^^^^^^^^^^^^^^^^
bargain: campaign.yaml:11:65: no such time of day, found '2026-02-28T24:00'
   |
11 |   - {id: v1, question: Accept, opens: 2026-02-30T07:00, closes: 2026-02-28T24:00}
   |                                                                 ^^^^^^^^^^^^^^^^
bargain: campaign.yaml:13:33: expected a date as YYYY-MM-DD, found '2026-2-3'
   |
13 |   - {id: e2, kind: rally, date: 2026-2-3}
   |                                 ^^^^^^^^
bargain: campaign.yaml:14:33: expected a date as YYYY-MM-DD, found '99999-01-01'
   |
14 |   - {id: e3, kind: rally, date: 99999-01-01}
   |                                 ^^^^^^^^^^^
bargain: campaign.yaml:16:52: expected 0 or more, found '-3'; for a date after it, write after: instead of before:
   |
16 |   - {id: e5, kind: rally, date: {before: e2, days: -3}}
   |                                                    ^^
bargain: campaign.yaml:15:33: 'e4' counts from 's1', which has no date
   |
15 |   - {id: e4, kind: rally, date: {after: s1, days: 99999999999}}
   |                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
exit 2
exit 2
bargain: campaign.yaml:15:33: 'e4' counts from 's1', which has no date
