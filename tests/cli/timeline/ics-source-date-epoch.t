# DTSTAMP is never the clock: SOURCE_DATE_EPOCH when set (empty counts as unset), else 00:00 UTC on the timeline's last date; a malformed SOURCE_DATE_EPOCH is an error.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml --format ics | grep DTSTAMP | sort | uniq -c
SOURCE_DATE_EPOCH=1580000000 bargain timeline sos/campaign.yaml --format ics | grep DTSTAMP | sort | uniq -c
SOURCE_DATE_EPOCH= bargain timeline sos/campaign.yaml --format ics | grep -m1 DTSTAMP
SOURCE_DATE_EPOCH=yesterday bargain timeline sos/campaign.yaml --format ics
echo "exit $?"
SOURCE_DATE_EPOCH=yesterday bargain timeline sos/campaign.yaml --format json > /dev/null
echo "exit $? (only the calendar has a DTSTAMP)"
--- stdout
     11 DTSTAMP:20200225T000000Z
     11 DTSTAMP:20200126T005320Z
DTSTAMP:20200225T000000Z
exit 2
exit 0 (only the calendar has a DTSTAMP)
--- stderr
bargain: SOURCE_DATE_EPOCH: 'yesterday': expected whole seconds since 1970-01-01 00:00 UTC (at most 253402300799)
