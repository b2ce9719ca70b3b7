# A vote's committee: names who signs its certificate, one signature line each, in every format.
--- file campaign.yaml
bargain: 1
campaign:
  name: Example
  timezone: UTC
units:
  - {id: a, name: Unit A, members: 5}
votes:
  - id: ratify
    kind: ratification
    question: Do you ratify the tentative agreement?
    ballots: ballots.csv
    units: [a]
    committee: [Rosa Parks, "José Martí", "O'Brien <chair>"]
--- file ballots.csv
voter,ratify
V1,yes
V2,yes
V3,no
--- run
bargain tally --campaign campaign.yaml --vote ratify --certificate c.txt > /dev/null; echo "exit $?"
sed -n '/^Election committee/,$p' c.txt
bargain tally --campaign campaign.yaml --vote ratify --certificate c.html > /dev/null
grep -c 'class="signature"' c.html; grep -o 'O&apos;Brien &lt;chair&gt;\|O&#39;Brien &lt;chair&gt;' c.html
bargain tally --campaign campaign.yaml --vote ratify --certificate c.json > /dev/null
python3 -c "import json; c = json.load(open('c.json')); print(c['committee'], c['count_options']['members'], c['count_options']['eligible_from'])"
--- stdout
exit 0
Election committee
------------------
We certify that this is the result of the vote, counted as shown above.


  ______________________________    Date: ______________
  Rosa Parks


  ______________________________    Date: ______________
  José Martí


  ______________________________    Date: ______________
  O'Brien <chair>
3
O&#39;Brien &lt;chair&gt;
['Rosa Parks', 'José Martí', "O'Brien <chair>"] {'a': 5} members
