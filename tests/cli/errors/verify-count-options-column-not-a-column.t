# A certificate whose count_options map a column bargain does not have (columns: {member: ...}, edited by hand): verify refuses to read it, at the column.
--- file online.csv
Member ID;accept
E00032;For
E00040;Against
E00041;For
--- run
bargain tally online.csv --column voter="Member ID" --answer For=yes --answer Against=no --delimiter semicolon --certificate c.json > /dev/null
python3 -c "
import json
c = json.load(open('c.json'))
c['count_options']['columns'] = {'member': 'Member ID'}
json.dump(c, open('c.json', 'w'), indent=2)
"
bargain verify c.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: c.json:29:7: columns: 'member' is not a column bargain maps; the columns are voter, ballot, unit, cast_at, question, option and votes
