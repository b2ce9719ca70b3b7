# A certificate whose count_options say the delimiter was forced to one bargain does not read (pipe): verify refuses to read it, at the delimiter.
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
c['count_options']['delimiter'] = 'pipe (forced)'
json.dump(c, open('c.json', 'w'), indent=2)
"
bargain verify c.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: c.json:36:18: delimiter 'pipe' is not comma, semicolon or tab
