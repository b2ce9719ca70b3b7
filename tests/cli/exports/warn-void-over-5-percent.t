# 3 of 20 answers void (15%: Undecided twice, 'yes!' once) is more than 5%: a warning on stderr at the question's header with the words, their counts and the mappings to try, and the same in the JSON report's warnings. 10 yes, 6 no, 1 blank: carried 1.7-to-1.
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
M1009,2026-03-02 09:09,yes!
M1010,2026-03-02 09:10,yes
M1011,2026-03-02 09:11,no
M1012,2026-03-02 09:12,yes
M1013,2026-03-02 09:13,Undecided
M1014,2026-03-02 09:14,yes
M1015,2026-03-02 09:15,no
M1016,2026-03-02 09:16,yes
M1017,2026-03-02 09:17,no
M1018,2026-03-02 09:18,yes
M1019,2026-03-02 09:19,no
M1020,2026-03-02 09:20,
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --format json
--- stdout
{
  "inputs": [
    {
      "path": "ballots.csv",
      "sha256": "e2dbb8808582aafa2cb2705a0a9f0773b1cba7ebbe57cf2326d47e8c11146948",
      "records": 20,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "comma",
      "encoding": "UTF-8",
      "empty_rows_skipped": 0
    }
  ],
  "roster": null,
  "received": 20,
  "rejected": {
    "duplicate": 0,
    "outside-window": 0,
    "not-on-roster": 0
  },
  "challenged": 0,
  "questions": [
    {
      "id": "Do you accept the offer?",
      "text": null,
      "rule": {
        "name": "majority",
        "text": "more than 1/2 of valid votes"
      },
      "eligible": null,
      "cast": 20,
      "valid": 16,
      "yes": 10,
      "no": 6,
      "abstain": 0,
      "blank": 1,
      "void": 3,
      "turnout": null,
      "result": "carried",
      "determinative_challenges": false,
      "margin": "1.7-to-1",
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
    "columns": {
      "voter": "Member ID",
      "cast_at": "Submitted At"
    },
    "roster_columns": null,
    "answers": null,
    "delimiter": "comma",
    "encoding": "UTF-8",
    "from_totals": false,
    "eligible_from": null,
    "eligible": null,
    "members": null
  },
  "warnings": [
    "ballots.csv:1:24: 3 of the 20 answers to 'Do you accept the offer?' (15%) are void: Undecided: 2, and 1 more. If they are answers, map them: --answer \"Undecided=yes|no|abstain\" (or answers: {yes|no|abstain: [Undecided]} in the campaign vote)"
  ]
}
--- stderr
bargain: ballots.csv:1:24: warning: 3 of the 20 answers to 'Do you accept the offer?' (15%) are void: Undecided: 2, and 1 more. If they are answers, map them: --answer "Undecided=yes|no|abstain" (or answers: {yes|no|abstain: [Undecided]} in the campaign vote)
