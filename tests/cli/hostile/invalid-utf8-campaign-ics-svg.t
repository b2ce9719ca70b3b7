# Bytes that are not UTF-8 in a campaign's name, titles and who takes part: the calendar and the chart show U+FFFD in their place, so both stay valid text.
--- run
printf 'bargain: 1\ncampaign: {name: "Local \377 4408", employer: "Ac\300me"}\nevents:\n  - {id: rally, kind: rally, title: "Rally \377 now", date: 2020-02-04, what: "w\376", who: "Local \377 4408", locations: [{name: "Hall \377", city: Springfield}]}\n' > campaign.yaml
bargain check campaign.yaml 2>&1; echo "exit $?"
SOURCE_DATE_EPOCH=0 bargain timeline campaign.yaml --format ics 2>&1 | tr -d '\r' | grep -E '^(X-WR-CALNAME|UID|SUMMARY|DESCRIPTION):'
bargain timeline campaign.yaml --format svg > chart.svg 2>&1; echo "exit $?"
python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse("chart.svg").getroot(); print(r.find("{http://www.w3.org/2000/svg}title").text)'
--- stdout
campaign.yaml: ok: 1 dated item, 0 votes, 0 ballot and roster files
exit 0
X-WR-CALNAME:Local � 4408
UID:rally@local-4408.bargain
SUMMARY:Rally � now
DESCRIPTION:What: w�\nWho: Local � 4408
exit 0
Local � 4408: timeline
