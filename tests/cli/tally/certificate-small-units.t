# The certificate lists a withheld unit's result as the report does, says why its counts are not shown, and gives no arithmetic on them; bargain verify still recounts every ballot, and finds a vote changed in a withheld unit (examples/small-units).
--- run
cp "$EXAMPLES/small-units/ballots.csv" "$EXAMPLES/small-units/roster.csv" .
bargain tally ballots.csv --roster roster.csv --roster-column voter="Employee ID" --by-unit --certificate cert.txt -o /dev/null
sed -n '/^By unit/,/^Electorate/p' cert.txt
bargain tally ballots.csv --roster roster.csv --roster-column voter="Employee ID" --by-unit --certificate cert.json -o /dev/null
bargain verify cert.json; echo "exit $?"
sed 's/^E1037,\(.*\),no$/E1037,\1,yes/' ballots.csv > changed.csv && mv changed.csv ballots.csv
bargain verify cert.json; echo "exit $?"
--- stdout
By unit: each unit is decided on its own counts, and the vote carries
only if it carries in every unit.

  unit       eligible       cast        yes         no  challenged  result
  operators        20         18         12          6           0  carried
  mechanics        12         12          7          5           0  carried
  dispatch          4  not shown  not shown  not shown           0  failed
  stores            1  not shown  not shown  not shown           0  failed

Some units' counts are not shown, to keep the ballot secret; their
ballots are in the whole vote's counts, and bargain verify recounts
them:

Unit dispatch: fewer than 5 ballots: counts not shown, to keep the
ballot secret.

Unit stores: fewer than 5 ballots: counts not shown, to keep the ballot
secret.

The rule: majority: more than 1/2 of valid votes. It is decided by whole
numbers, each side multiplied out, never by rounded percentages, in each
unit:

  unit       requirement                   arithmetic
  operators  more than 1/2 of valid votes  yes × 2 > valid × 1: 12 × 2 = 24 > 18 × 1 = 18  met
  mechanics  more than 1/2 of valid votes  yes × 2 > valid × 1: 7 × 2 = 14 > 12 × 1 = 12   met
  dispatch   more than 1/2 of valid votes  not shown, as its counts are not                not met
  stores     more than 1/2 of valid votes  not shown, as its counts are not                not met

Electorate and ballots
verified: 2 files, every count matches
exit 0
changed: ballots.csv: sha256 e769ce3486eca8e03d49dbf894170f6564bf9defb6e69a30edd27da96298c014 recorded, 734f44df47a1d8b42c8a453b0c523c4434767aad5cf8cd95e565b006588d63cc now
differs: ratify: yes: 20 recorded, 21 in the recount
differs: ratify: no: 15 recorded, 14 in the recount
differs: ratify: margin: 1.3-to-1 recorded, 1.5-to-1 in the recount
differs: ratify, unit stores: result: failed recorded, carried in the recount
not verified: 1 of 2 files changed, 4 numbers differ
exit 1
