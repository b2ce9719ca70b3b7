# A tally report (or certificate) without count_options, as an older bargain wrote them, does not say how it was counted: verify refuses it and says to count again.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
--- run
bargain tally ballots.csv --format json -o report.json
python3 -c "
import json
c = json.load(open('report.json'))
del c['count_options']
json.dump(c, open('report.json', 'w'), indent=2)
"
bargain verify report.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: report.json:1:1: it does not record the options it was counted with (count_options): it was written by a bargain older than verify; count it again with bargain tally
