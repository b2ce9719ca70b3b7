# A certificate whose inputs list is empty (or a JSON file with no inputs at all) names nothing to recount: verify refuses it.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- file other.json
{"vote": "lbo-vote", "yes": 76, "no": 152}
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
python3 -c "
import json
c = json.load(open('c.json'))
c['inputs'] = []
json.dump(c, open('c.json', 'w'), indent=2)
"
bargain verify c.json; echo "exit $?"
bargain verify other.json; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: c.json:6:3: it names no ballot or totals file to recount (its inputs are empty)
bargain: other.json:1:1: expected a result certificate (tally --certificate FILE.json) or a tally --format json report, a JSON object with "certificate" or "inputs"; found neither
