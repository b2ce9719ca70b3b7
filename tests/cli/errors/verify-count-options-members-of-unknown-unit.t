# A certificate whose count_options give members for a unit that is not among its units (ifpe-4409 for ifpe-4408): verify refuses to read it, at that unit.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate lbo.json > /dev/null
python3 -c "
import json
c = json.load(open('lbo.json'))
c['count_options']['members'] = {'ifpe-4409': 180, 'ifise-4407': 75}
json.dump(c, open('lbo.json', 'w'), indent=2)
"
bargain verify lbo.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: lbo.json:44:7: count_options: members: unit 'ifpe-4409' is not one of its units (ifpe-4408, ifise-4407)
