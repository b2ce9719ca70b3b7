# The roster may come from standard input instead of the ballots.
--- file ballots.csv
voter,accept
V1,yes
V2,no
V9,yes
--- run
printf 'voter\nV1\nV2\n' | bargain tally ballots.csv --roster - --format json
--- stdout
{
  "inputs": [
    {
      "path": "ballots.csv",
      "sha256": "1dd08f3d248dd4b38227e6caeae6226ee171b0b16cc65ae9b992a6d4c1ab8f01",
      "records": 3,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "comma",
      "encoding": "UTF-8",
      "empty_rows_skipped": 0
    }
  ],
  "roster": {
    "path": "<stdin>",
    "sha256": "2077eea5eaabe295046369001d2efb2614312d648105d23874476dfabde01864",
    "voters": 2
  },
  "received": 3,
  "rejected": {
    "duplicate": 0,
    "outside-window": 0,
    "not-on-roster": 1
  },
  "challenged": 0,
  "questions": [
    {
      "id": "accept",
      "text": null,
      "rule": {
        "name": "majority",
        "text": "more than 1/2 of valid votes"
      },
      "eligible": 2,
      "cast": 2,
      "valid": 2,
      "yes": 1,
      "no": 1,
      "abstain": 0,
      "blank": 0,
      "void": 0,
      "turnout": 1.0000,
      "result": "failed",
      "determinative_challenges": false,
      "margin": "1-to-1",
      "units": []
    }
  ],
  "count_options": {
    "rule": "majority",
    "turnout": null,
    "opens": null,
    "closes": null,
    "timezone": "UTC",
    "duplicates": "first",
    "challenge_unlisted": false,
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
    "1 of the 3 ballot records (33.3%) is set aside: 1 not on the roster; --audit FILE lists them"
  ]
}
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 not on the roster; --audit FILE lists them
