# A calendar event's SEQUENCE comes from what members see of it: rebuilt unchanged it is the same, and when an event's time or place changes only that event's SEQUENCE changes, so a subscribed phone takes the update; LAST-MODIFIED is the build's stamp; a vote's window is TRANSP:TRANSPARENT (not busy), other events are not.
--- run
cp -r "$EXAMPLES/sos-2020" sos
seqs() { bargain timeline sos/campaign.yaml --format ics | tr -d '\r' | grep '^UID\|^SEQUENCE' | paste - - ; }
seqs > before.txt
seqs > again.txt
cmp before.txt again.txt && echo "rebuilt: the same"
sed -i 's/    end: "16:00"/    end: "17:00"/' sos/campaign.yaml
seqs > after.txt
diff before.txt after.txt | grep '^[<>]' | cut -f1 | sort | uniq -c
SOURCE_DATE_EPOCH=1700000000 bargain timeline sos/campaign.yaml --format ics | tr -d '\r' | grep -c '^LAST-MODIFIED:20231114T221320Z'
bargain timeline sos/campaign.yaml --format ics | tr -d '\r' | awk '/^UID:/{u=$0} /^TRANSP:/{print u, $0}'
--- stdout
rebuilt: the same
      1 < UID:s2@sos-fair-contract-2019-20.bargain
      1 > UID:s2@sos-fair-contract-2019-20.bargain
11
UID:lbo-vote@sos-fair-contract-2019-20.bargain TRANSP:TRANSPARENT
UID:strike-vote@sos-fair-contract-2019-20.bargain TRANSP:TRANSPARENT
