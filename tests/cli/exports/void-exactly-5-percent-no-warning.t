# Exactly 5% void (1 of 20 answers, 'Undecided') is not more than 5%: no warning, in stderr or the report's warnings.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02 09:01,yes
M1002,2026-03-02 09:02,yes
M1003,2026-03-02 09:03,yes
M1004,2026-03-02 09:04,Undecided
M1005,2026-03-02 09:05,no
M1006,2026-03-02 09:06,yes
M1007,2026-03-02 09:07,no
M1008,2026-03-02 09:08,yes
M1009,2026-03-02 09:09,yes
M1010,2026-03-02 09:10,yes
M1011,2026-03-02 09:11,no
M1012,2026-03-02 09:12,yes
M1013,2026-03-02 09:13,no
M1014,2026-03-02 09:14,yes
M1015,2026-03-02 09:15,no
M1016,2026-03-02 09:16,yes
M1017,2026-03-02 09:17,no
M1018,2026-03-02 09:18,yes
M1019,2026-03-02 09:19,no
M1020,2026-03-02 09:20,
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --format yaml
--- stdout
inputs:
  - path: "ballots.csv"
    sha256: "551e285a11c7348fce5cd46dcccec030a436369f58ec8a29f90e122f0caa60f2"
    records: 20
    kind: "ballots"
    format: "csv"
    delimiter: "comma"
    encoding: "UTF-8"
    empty_rows_skipped: 0
roster: null
received: 20
rejected:
  duplicate: 0
  outside-window: 0
  not-on-roster: 0
challenged: 0
questions:
  - id: "Do you accept the offer?"
    text: null
    rule:
      name: "majority"
      text: "more than 1/2 of valid votes"
    eligible: null
    cast: 20
    valid: 18
    "yes": 11
    "no": 7
    abstain: 0
    blank: 1
    void: 1
    turnout: null
    result: "carried"
    determinative_challenges: false
    margin: "1.6-to-1"
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
  columns:
    voter: "Member ID"
    cast_at: "Submitted At"
  roster_columns: null
  answers: null
  delimiter: "comma"
  encoding: "UTF-8"
  from_totals: false
  eligible_from: null
  eligible: null
  members: null
warnings: []
