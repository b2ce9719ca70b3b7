# A certificate edited to record one question twice cannot be compared number by number: verify refuses it at the second.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate lbo.json > /dev/null
python3 -c "
import json
c = json.load(open('lbo.json'))
c['result'].append(dict(c['result'][0], yes=99))
json.dump(c, open('lbo.json', 'w'), indent=2)
"
bargain verify lbo.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: lbo.json:78:13: question 'accept' is recorded twice
