# A campaign's time zone must be in the time-zone database: a typo is named at its line and column, with a did-you-mean, and nothing is written.
--- file campaign.yaml
bargain: 1
campaign:
  name: Typo
  timezone: America/Chicgo
events:
  - {id: rally, kind: rally, date: 2020-02-04, start: "11:00"}
--- run
bargain timeline campaign.yaml --format ics -o cal.ics
echo "exit $?"
ls
sed 's/Chicgo/Chicago/' campaign.yaml > fixed.yaml
bargain timeline fixed.yaml --format ics | grep DTSTART
--- stdout
exit 2
campaign.yaml
DTSTART:20191103T020000
DTSTART:20200308T020000
DTSTART:20201101T020000
DTSTART;TZID=America/Chicago:20200204T110000
--- stderr
bargain: campaign.yaml:4:13: no time zone 'America/Chicgo' in the time-zone database (did you mean 'America/Chicago'?)
  |
4 |   timezone: America/Chicgo
  |             ^^^^^^^^^^^^^^
