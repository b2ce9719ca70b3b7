# Markup, quotes, control characters and bytes that are not UTF-8 in a campaign's strings cannot break the chart: it is well-formed XML with no element from the file.
--- run
printf 'bargain: 1\ncampaign: {name: "<svg onload=alert(1)> & \\"Local\\" \\x27 7"}\nevents:\n  - {id: a, kind: rally, title: "</text><script>alert(1)</script>\\t\\x01 café", date: 2020-02-04}\n  - {id: b, kind: picket, title: "bad \377 byte", date: 2020-02-05}\n' > campaign.yaml
bargain timeline campaign.yaml --format svg > chart.svg
echo "exit $?"
python3 - <<'PY'
import xml.etree.ElementTree as E
root = E.parse("chart.svg").getroot()
ns = "{http://www.w3.org/2000/svg}"
print(sorted({e.tag.replace(ns, "") for e in root.iter()}))
print(root.find(ns + "title").text)
for t in root.iter(ns + "text"):
    words = "".join(t.itertext())
    if "alert" in words or "bad" in words:
        print(words)
PY
--- stdout
exit 0
['g', 'line', 'path', 'rect', 'svg', 'text', 'title', 'tspan']
<svg onload=alert(1)> & "Local" ' 7: timeline
<svg onload=alert(1)> & "Local" ' 7
Feb 4 </text><script>alert(1)</script> \x01 café
Feb 5 bad � byte
