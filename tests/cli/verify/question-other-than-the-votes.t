# --question counting another column of a vote's ballots: the certificate does not put the vote's question over it, and states the column's result as its own.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos
bargain tally --campaign campaign.yaml --vote lbo-vote --question strike --certificate c.txt > /dev/null; echo "exit $?"
sed -n '/^  Vote/,/^  Result/p' c.txt
bargain tally --campaign campaign.yaml --vote lbo-vote --question strike --certificate c.json > /dev/null
python3 -c "import json; c = json.load(open('c.json')); print(c['question'], c['result'][0]['id'], c['result'][0]['yes'])"
--- stdout
exit 0
  Vote    lbo-vote
  Rule    majority: more than 1/2 of valid votes
  Result  CARRIED
None strike 204
