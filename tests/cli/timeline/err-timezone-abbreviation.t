# A calendar is not written for a campaign whose time zone is an abbreviation: 'PDT' would be a summer offset all year, so the error names America/Los_Angeles at its line and column and no file is made.
--- file campaign.yaml
bargain: 1
campaign:
  name: Abbreviated
  timezone: PDT
events:
  - {id: rally, kind: rally, date: 2026-12-04, start: "11:00"}
--- run
bargain timeline campaign.yaml --format ics -o cal.ics; echo "exit $?"
ls
sed 's|PDT|America/Los_Angeles|' campaign.yaml > fixed.yaml
bargain timeline fixed.yaml --format ics | grep '^DTSTART;'
--- stdout
exit 2
campaign.yaml
DTSTART;TZID=America/Los_Angeles:20261204T110000
--- stderr
bargain: campaign.yaml:4:13: 'PDT' is an abbreviation, not a time zone: it names only the summer offset, so winter events would be an hour off; write America/Los_Angeles
  |
4 |   timezone: PDT
  |             ^^^
