# The SOS last-best-offer vote's result certificate as .json, with the audit file's sha256: the rule's arithmetic on the real numbers, the electorate, each set-aside reason, every file with its sha256, paths relative to the certificate.
--- run
cp -r "$EXAMPLES/sos-2020" sos
cd sos && mkdir results
bargain tally --campaign campaign.yaml --vote lbo-vote --certificate results/lbo.json --audit results/audit.csv > /dev/null; echo "exit $?"
cat results/lbo.json
--- stdout
exit 0
{
  "certificate": 1,
  "bargain": "0.1.0",
  "vote": "lbo-vote",
  "question": "Do you accept the employer's last, best offer?",
  "inputs": [
    {
      "path": "../ballots/lbo-vote.csv",
      "sha256": "1d708b87a32383311a3dd5bd0262b9f43d31b61cc0cdc5de12f1621badeb616e",
      "records": 235,
      "kind": "ballots"
    }
  ],
  "roster": {
    "path": "../roster.csv",
    "sha256": "a392873b4cb80ca704d21f6c5ee27d88ef19891a5e36060268fe2477b3641d6f",
    "voters": 255
  },
  "audit": {
    "path": "audit.csv",
    "sha256": "fbfdd2763f9da5ebcaa0267b98ba84e8beca33790b22ec172d67af8020761303",
    "records": 3
  },
  "count_options": {
    "rule": "majority",
    "turnout": null,
    "opens": "2020-01-13T07:00",
    "closes": "2020-01-17T19:00",
    "timezone": "America/Chicago",
    "duplicates": "first",
    "challenge_unlisted": false,
    "by_unit": false,
    "min_unit_ballots": 5,
    "units": [
      "ifpe-4408",
      "ifise-4407"
    ],
    "question": "accept",
    "columns": null,
    "roster_columns": null,
    "answers": null,
    "delimiter": "comma",
    "encoding": "UTF-8",
    "from_totals": false,
    "eligible_from": "roster",
    "eligible": null,
    "members": {
      "ifpe-4408": 180,
      "ifise-4407": 75
    }
  },
  "received": 235,
  "rejected": {
    "duplicate": 2,
    "outside-window": 1,
    "not-on-roster": 0
  },
  "challenged": 0,
  "result": [
    {
      "id": "accept",
      "text": "Do you accept the employer's last, best offer?",
      "rule": {
        "name": "majority",
        "text": "more than 1/2 of valid votes"
      },
      "eligible": 255,
      "cast": 232,
      "valid": 228,
      "yes": 76,
      "no": 152,
      "abstain": 3,
      "blank": 1,
      "void": 0,
      "turnout": 0.9098,
      "result": "failed",
      "determinative_challenges": false,
      "margin": "2-to-1",
      "units": []
    }
  ],
  "warnings": [],
  "committee": []
}
