# A campaign in UTC (the default) writes its times with Z and needs no VTIMEZONE; a violated constraint is an X-BARGAIN-VIOLATION of the calendar; a time alone with no end is a moment, an end before the start is the next morning.
--- file campaign.yaml
bargain: 1
campaign:
  name: Hospital nurses 2026
  contract_expires: 2026-03-31
votes:
  - id: strike-vote
    kind: strike-authorization
    question: Do you authorize a strike?
    opens: 2026-03-02T08:00
    closes: 2026-03-06T20:00+01:00
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2026-04-08}
  - {id: strike, kind: strike, title: Strike begins, date: 2026-04-14, start: "07:00"}
  - {id: vigil, kind: rally, title: Night vigil, date: 2026-04-14, start: "22:00", end: "02:00"}
constraints:
  - {first: notice, then: strike, min_days: 10}
--- run
SOURCE_DATE_EPOCH=1767225600 bargain timeline campaign.yaml --format ics | tr -d '\r'
--- stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bargain//bargain 0.1.0//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Hospital nurses 2026
X-BARGAIN-VIOLATION:constraints[0]: 'strike' must be at least 10 days after
  'notice'\; it is 6 [campaign.yaml:16]
BEGIN:VEVENT
UID:strike-vote@hospital-nurses-2026.bargain
DTSTAMP:20260101T000000Z
DTSTART:20260302T080000Z
DTEND:20260306T190000Z
SUMMARY:Vote: Do you authorize a strike?
DESCRIPTION:Do you authorize a strike?
CATEGORIES:vote
LAST-MODIFIED:20260101T000000Z
SEQUENCE:1098402208
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:notice@hospital-nurses-2026.bargain
DTSTAMP:20260101T000000Z
DTSTART;VALUE=DATE:20260408
DTEND;VALUE=DATE:20260409
SUMMARY:Notice (intent to strike)
CATEGORIES:notice
LAST-MODIFIED:20260101T000000Z
SEQUENCE:1906642657
END:VEVENT
BEGIN:VEVENT
UID:strike@hospital-nurses-2026.bargain
DTSTAMP:20260101T000000Z
DTSTART:20260414T070000Z
SUMMARY:Strike begins
CATEGORIES:strike
LAST-MODIFIED:20260101T000000Z
SEQUENCE:180210245
END:VEVENT
BEGIN:VEVENT
UID:vigil@hospital-nurses-2026.bargain
DTSTAMP:20260101T000000Z
DTSTART:20260414T220000Z
DTEND:20260415T020000Z
SUMMARY:Night vigil
CATEGORIES:rally
LAST-MODIFIED:20260101T000000Z
SEQUENCE:178649156
END:VEVENT
END:VCALENDAR
