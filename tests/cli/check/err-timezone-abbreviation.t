# A time-zone abbreviation (EST, CST, PST, BST...) is an error at its line and column that names the IANA zone of the place, although the database has an EST (a fixed UTC-5 that would put summer events an hour off); the zone it suggests checks clean.
--- file campaign.yaml
bargain: 1
campaign:
  name: Abbreviated
  timezone: EST
events:
  - {id: rally, kind: rally, date: 2026-07-04, start: "11:00", who: Local 1, locations: [{name: City Hall, city: Springfield}]}
--- run
bargain check campaign.yaml; echo "exit $?"
for zone in CST PST BST; do
  sed "s/EST/$zone/" campaign.yaml > other.yaml
  bargain check other.yaml > /dev/null; echo "exit $?"
done
sed 's|EST|America/New_York|' campaign.yaml > fixed.yaml
bargain check fixed.yaml > /dev/null; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 0
--- stderr
bargain: campaign.yaml:4:13: 'EST' is an abbreviation, not a time zone: it names only the winter offset, so summer events would be an hour off; write America/New_York
  |
4 |   timezone: EST
  |             ^^^
bargain: other.yaml:4:13: 'CST' is an abbreviation, not a time zone: it names only the winter offset, so summer events would be an hour off; write America/Chicago (Asia/Shanghai for China)
  |
4 |   timezone: CST
  |             ^^^
bargain: other.yaml:4:13: 'PST' is an abbreviation, not a time zone: it names only the winter offset, so summer events would be an hour off; write America/Los_Angeles
  |
4 |   timezone: PST
  |             ^^^
bargain: other.yaml:4:13: 'BST' is an abbreviation, not a time zone: it names only the summer offset, so winter events would be an hour off; write Europe/London
  |
4 |   timezone: BST
  |             ^^^
