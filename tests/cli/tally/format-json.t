# --format json prints the spec's object; this is the spec's own example (255 eligible, 235 received, rejected 2-to-1).
--- run
{ echo voter; seq 1 255 | awk '{print "R" $1}'; } > roster.csv
{
  echo 'bargain: 1'
  echo 'questions:'
  echo "  accept: Do you accept the employer's last, best offer?"
  echo 'ballots:'
  seq 1 76 | awk '{print "  - {voter: R" $1 ", cast_at: 2020-01-14T12:00, accept: yes}"}'
  seq 77 228 | awk '{print "  - {voter: R" $1 ", cast_at: 2020-01-15T12:00, accept: no}"}'
  seq 229 231 | awk '{print "  - {voter: R" $1 ", cast_at: 2020-01-16T12:00, accept: abstain}"}'
  echo '  - {voter: R232, cast_at: 2020-01-16T12:00, accept: }'
  echo '  - {voter: R1, cast_at: 2020-01-16T13:00, accept: no}'
  echo '  - {voter: R2, cast_at: 2020-01-16T13:00, accept: no}'
  echo '  - {voter: R233, cast_at: 2020-01-17T19:01, accept: no}'
} > ballots.yaml
bargain tally ballots.yaml --roster roster.csv --opens 2020-01-13T07:00 --closes 2020-01-17T19:00 --format json
--- stdout
{
  "inputs": [
    {
      "path": "ballots.yaml",
      "sha256": "a3a25c3ccad57232f8d16e5012fafc7f6e3788414484dca9af3eb9c9b8b0923e",
      "records": 235,
      "kind": "ballots",
      "format": "yaml",
      "delimiter": null,
      "encoding": "UTF-8",
      "empty_rows_skipped": 0
    }
  ],
  "roster": {
    "path": "roster.csv",
    "sha256": "6c130d01f8d2d00242f2eb5fcab2837f206b08ca3b25e5ce37422cda54aab4d6",
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
    "delimiter": null,
    "encoding": "UTF-8",
    "from_totals": false,
    "eligible_from": "roster",
    "eligible": null,
    "members": null
  },
  "warnings": []
}
