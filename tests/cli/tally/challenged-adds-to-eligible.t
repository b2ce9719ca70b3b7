# A challenged voter is not on the roster, so if admitted they add to eligible: 6 yes of 8 meets 3/4 of eligible now, but with 2 more eligible voting no it would not.
--- run
{ echo voter; seq 1 8 | awk '{print "T" $1}'; } > roster.csv
{ echo voter,strike; seq 1 6 | awk '{print "T" $1 ",yes"}'; echo X1,no; echo X2,no; } > ballots.csv
bargain tally ballots.csv --roster roster.csv --rule chicago-ielra --challenge-unlisted --format json --exit-status
--- stdout
{
  "inputs": [
    {
      "path": "ballots.csv",
      "sha256": "b4258afc73af898bfeebd6085b5b67ad333b11defed6fdc2a9a8f52305a6e8f4",
      "records": 8,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "comma",
      "encoding": "UTF-8",
      "empty_rows_skipped": 0
    }
  ],
  "roster": {
    "path": "roster.csv",
    "sha256": "4cd5e43e73e8576dcfd363eaea311485a7f6530136d6d4ad76bd939bda353097",
    "voters": 8
  },
  "received": 8,
  "rejected": {
    "duplicate": 0,
    "outside-window": 0,
    "not-on-roster": 0
  },
  "challenged": 2,
  "questions": [
    {
      "id": "strike",
      "text": null,
      "rule": {
        "name": "chicago-ielra",
        "text": "yes votes from at least 3/4 of eligible voters"
      },
      "eligible": 8,
      "cast": 6,
      "valid": 6,
      "yes": 6,
      "no": 0,
      "abstain": 0,
      "blank": 0,
      "void": 0,
      "turnout": 0.7500,
      "result": "undetermined",
      "determinative_challenges": true,
      "units": []
    }
  ],
  "count_options": {
    "rule": "chicago-ielra",
    "turnout": null,
    "opens": null,
    "closes": null,
    "timezone": "UTC",
    "duplicates": "first",
    "challenge_unlisted": true,
    "by_unit": false,
    "min_unit_ballots": 5,
    "units": [],
    "question": null,
    "columns": null,
    "roster_columns": null,
    "answers": null,
    "delimiter": "comma",
    "encoding": "UTF-8",
    "from_totals": false,
    "eligible_from": "roster",
    "eligible": null,
    "members": null
  },
  "warnings": [
    "2 of the 8 ballot records (25%) are not counted: 2 challenged; --audit FILE lists them"
  ]
}
--- stderr
bargain: warning: 2 of the 8 ballot records (25%) are not counted: 2 challenged; --audit FILE lists them
--- exit 3
