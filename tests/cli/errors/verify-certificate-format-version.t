# A certificate that says certificate: 2 is not the format this bargain reads: verify refuses it, at the version.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --certificate c.json > /dev/null
python3 -c "
import json
c = json.load(open('c.json'))
c['certificate'] = 2
json.dump(c, open('c.json', 'w'), indent=2)
"
bargain verify c.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: c.json:2:18: this is certificate format 2, and this bargain reads format 1: verify it with the bargain that wrote it (its "bargain")
