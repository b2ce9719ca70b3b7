# A certificate whose count_options say the number eligible was given (eligible_from: eligible) but whose eligible is gone: verify refuses to read it, since it cannot count the turnout again.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --eligible 5 --certificate c.json > /dev/null
python3 -c "
import json
c = json.load(open('c.json'))
c['count_options']['eligible'] = None
json.dump(c, open('c.json', 'w'), indent=2)
"
bargain verify c.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: c.json:34:5: count_options: eligible_from is eligible, but eligible gives no number
