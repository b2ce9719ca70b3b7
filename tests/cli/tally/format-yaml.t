# --format yaml prints the same tree as json, every string quoted so "no" stays a string, and the keys yes and no quoted so YAML 1.1 readers do not take them for booleans.
--- file ballots.csv
voter,no
V1,yes
V2,no
V3,no
V4,abstain
--- run
bargain tally ballots.csv --format yaml
--- stdout
inputs:
  - path: "ballots.csv"
    sha256: "07f0f04feab5b46bfeb10a64d5db620f5f659d2342f8485f5f22e9a2186279b8"
    records: 4
    kind: "ballots"
    format: "csv"
    delimiter: "comma"
    encoding: "UTF-8"
    empty_rows_skipped: 0
roster: null
received: 4
rejected:
  duplicate: 0
  outside-window: 0
  not-on-roster: 0
challenged: 0
questions:
  - id: "no"
    text: null
    rule:
      name: "majority"
      text: "more than 1/2 of valid votes"
    eligible: null
    cast: 4
    valid: 3
    "yes": 1
    "no": 2
    abstain: 1
    blank: 0
    void: 0
    turnout: null
    result: "failed"
    determinative_challenges: false
    margin: "2-to-1"
    units: []
count_options:
  rule: "majority"
  turnout: null
  opens: null
  closes: null
  timezone: "UTC"
  duplicates: "first"
  challenge_unlisted: false
  by_unit: false
  min_unit_ballots: 5
  units: []
  question: null
  columns: null
  roster_columns: null
  answers: null
  delimiter: "comma"
  encoding: "UTF-8"
  from_totals: false
  eligible_from: null
  eligible: null
  members: null
warnings: []
