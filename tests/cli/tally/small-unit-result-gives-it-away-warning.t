# The storekeeper is the stores unit's only member: its counts are withheld, but 'carried' can only mean she voted yes, and the report warns so (examples/small-units, her ballot changed to yes).
--- run
sed 's/^E1037,\(.*\),no$/E1037,\1,yes/' "$EXAMPLES/small-units/ballots.csv" > ballots.csv
bargain tally ballots.csv --roster "$EXAMPLES/small-units/roster.csv" --roster-column voter="Employee ID" --by-unit --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["warnings"]); print([(u["unit"], u["cast"], u["result"]) for u in d["questions"][0]["units"]])'
--- stdout
["unit 'stores': its counts are not shown, but its result (carried) shows that every ballot in it was yes: only that count gives this result under the rule, and the vote needs every unit's result"]
[('operators', 18, 'carried'), ('mechanics', 12, 'carried'), ('dispatch', None, 'failed'), ('stores', None, 'carried')]
--- stderr
bargain: warning: unit 'stores': its counts are not shown, but its result (carried) shows that every ballot in it was yes: only that count gives this result under the rule, and the vote needs every unit's result
