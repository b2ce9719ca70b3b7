# One answer changed in the ballot file after the count: verify names the changed file with both hashes and each number that moved with both values, and exits 1.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate lbo.json > /dev/null
# The first ballot that said no to the offer now says yes.
python3 -c "
import csv
rows = list(csv.reader(open('ballots/lbo-vote.csv')))
for r in rows[1:]:
    if r[4] == 'no':
        r[4] = 'yes'
        break
csv.writer(open('ballots/lbo-vote.csv', 'w', newline=''), lineterminator='\n').writerows(rows)
"
bargain verify lbo.json; echo "exit $?"
--- stdout
changed: ballots/lbo-vote.csv: sha256 1d708b87a32383311a3dd5bd0262b9f43d31b61cc0cdc5de12f1621badeb616e recorded, a3b2bb1264e0b51b4798f2faa07c575ade4e47e355c0da2c6d9ecaf0e5ae47bf now
differs: accept: yes: 76 recorded, 77 in the recount
differs: accept: no: 152 recorded, 151 in the recount
not verified: 1 of 2 files changed, 2 numbers differ
exit 1
