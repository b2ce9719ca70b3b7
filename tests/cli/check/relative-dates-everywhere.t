# Relative dates work wherever the campaign gives a date: the contract's expiry counts from the tentative agreement, the NLRA notices count back from the expiry, the ratification window counts from the agreement in business days with times of day, and a not_before counted from the expiry catches a meeting set on the expiry day itself (exit 1). The tally of that vote sets aside the ballots just outside the resolved window.
--- file campaign.yaml
bargain: 1
campaign:
  name: Relative everywhere
  timezone: America/Chicago
  contract_expires: {after: ta, days: 1095}
  law: nlra-8d
  holidays: [2026-07-03]
offers:
  - {id: ta, side: employer, date: 2026-06-30, wages: [3]}
votes:
  - id: ratify
    question: Ratify the tentative agreement?
    opens: {after: ta, days: 2, time: "07:00"}
    closes: {after: ta, days: 5, business: true, time: "19:00"}
    ballots: ballots.csv
events:
  - {id: bargaining-notice, kind: notice, type: bargaining-notice, date: {before: contract_expires, days: 60}}
  - {id: fmcs, kind: notice, type: fmcs-notice, date: {before: contract_expires, days: 30}}
  - {id: reopener, kind: meeting, date: {after: contract_expires, days: 0}}
constraints:
  - {event: reopener, not_before: {after: contract_expires, days: 1, business: true}}
--- file ballots.csv
voter,cast_at,ratify
A1,2026-07-02T06:59,yes
A2,2026-07-02T07:00,yes
A3,2026-07-08T19:00,no
A4,2026-07-08T19:01,no
--- run
bargain check campaign.yaml; echo "exit $?"
bargain timeline campaign.yaml --format csv
SOURCE_DATE_EPOCH=0 bargain timeline campaign.yaml --format ics | tr -d '\r' | grep -A5 '^UID:ratify' | grep -v '^LAST-MODIFIED\|^SEQUENCE'
bargain tally --campaign campaign.yaml --vote ratify --audit audit.csv | grep -E 'Set aside|yes|no|FAILED|CARRIED'
cat audit.csv
--- stdout
campaign.yaml:19:5: 'reopener' (2029-06-29) must not come before 1 business day after 'contract_expires' (2029-07-02) [campaign.yaml:21]
exit 1
date,start,end,kind,id,title
2026-06-30,,,offer,ta,Offer ta
2026-07-08,19:00,,vote,ratify,Vote closes: Ratify the tentative agreement?
2029-04-30,,,notice,bargaining-notice,Notice (bargaining notice)
2029-05-30,,,notice,fmcs,Notice (fmcs notice)
2029-06-29,,,meeting,reopener,Meeting
UID:ratify@relative-everywhere.bargain
DTSTAMP:19700101T000000Z
DTSTART;TZID=America/Chicago:20260702T070000
DTEND;TZID=America/Chicago:20260708T190000
SUMMARY:Vote: Ratify the tentative agreement?
DESCRIPTION:Ratify the tentative agreement?
Set aside: 2 (0 duplicate, 2 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
  FAILED: a tie (1 yes, 1 no) does not carry: the rule needs more than 1/2 of valid votes.
file,line,voter,ballot,status
ballots.csv,2,A1,,outside-window
ballots.csv,5,A4,,outside-window
--- stderr
bargain: warning: 2 of the 4 ballot records (50%) are set aside: 2 outside the voting window; --audit FILE lists them
bargain: warning: 2 of the 4 ballot records (50%) are set aside: 2 outside the voting window; the audit file lists them
