# A certificate whose count_options map a word to something that is not an answer (For: accept): verify refuses to read it, at the answer, with the answers there are.
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
c['count_options']['answers']['For'] = 'accept'
json.dump(c, open('c.json', 'w'), indent=2)
"
bargain verify c.json; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: c.json:33:14: answers: 'For' is mapped to 'accept', which is not yes, no, abstain, blank or void
