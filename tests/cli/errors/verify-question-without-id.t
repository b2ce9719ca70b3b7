# A certificate edited so that a question (or a unit) has no id cannot be matched with the recount: verify refuses it at the question.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate lbo.json > /dev/null
python3 -c "
import json
c = json.load(open('lbo.json'))
del c['result'][0]['id']
json.dump(c, open('lbo.json', 'w'), indent=2)
"
bargain verify lbo.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: lbo.json:56:5: this question has no id, so its numbers cannot be matched with the recount's
