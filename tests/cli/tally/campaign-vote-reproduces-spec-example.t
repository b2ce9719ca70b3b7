# --campaign --vote takes the vote's ballots, roster, column, window, rule and question from the campaign: the SOS vote reproduces the spec's JSON example, question text included.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain tally --campaign sos/campaign.yaml --vote lbo-vote --format json
--- stdout
{
  "inputs": [
    {
      "path": "sos/ballots/lbo-vote.csv",
      "sha256": "1d708b87a32383311a3dd5bd0262b9f43d31b61cc0cdc5de12f1621badeb616e",
      "records": 235,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "comma",
      "encoding": "UTF-8",
      "empty_rows_skipped": 0
    }
  ],
  "roster": {
    "path": "sos/roster.csv",
    "sha256": "a392873b4cb80ca704d21f6c5ee27d88ef19891a5e36060268fe2477b3641d6f",
    "voters": 255
  },
  "received": 235,
  "rejected": {
    "duplicate": 2,
    "outside-window": 1,
    "not-on-roster": 0
  },
  "challenged": 0,
  "questions": [
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
  "warnings": []
}
