# A fixed offset as a time zone (GMT-6, UTC+01:00, and POSIX Etc/GMT+6, whose sign is inverted) is an error at its place that says the offset it really is and names a zone of a place instead; GMT itself is refused for Europe/London or UTC, and UTC is accepted.
--- file campaign.yaml
bargain: 1
campaign:
  name: Offset
  timezone: GMT-6
events:
  - {id: rally, kind: rally, date: 2026-07-04, start: "11:00", who: Local 1, locations: [{name: City Hall, city: Springfield}]}
--- run
bargain check campaign.yaml; echo "exit $?"
for zone in UTC+01:00 Etc/GMT+6 GMT UTC; do
  sed "s|GMT-6|$zone|" campaign.yaml > other.yaml
  bargain check other.yaml > /dev/null; echo "exit $?"
done
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 0
--- stderr
bargain: campaign.yaml:4:13: 'GMT-6' is a fixed offset (UTC-6), not a time zone: it has no summer time, so events would be an hour off for half the year where clocks change; write the zone of the place, such as America/Chicago
  |
4 |   timezone: GMT-6
  |             ^^^^^
bargain: other.yaml:4:13: 'UTC+01:00' is a fixed offset (UTC+1), not a time zone: it has no summer time, so events would be an hour off for half the year where clocks change; write the zone of the place, such as Europe/Paris
  |
4 |   timezone: UTC+01:00
  |             ^^^^^^^^^
bargain: other.yaml:4:13: 'Etc/GMT+6' is a fixed offset whose POSIX sign is inverted: it is UTC-6, not UTC+6. A fixed offset has no summer time, so events would be an hour off for half the year where clocks change; write the zone of the place, such as America/Chicago
  |
4 |   timezone: Etc/GMT+6
  |             ^^^^^^^^^
bargain: other.yaml:4:13: 'GMT' is Greenwich Mean Time all year, with no British Summer Time, so summer events in the UK would be an hour off; write Europe/London for UK time, or UTC for a time that never changes
  |
4 |   timezone: GMT
  |             ^^^
