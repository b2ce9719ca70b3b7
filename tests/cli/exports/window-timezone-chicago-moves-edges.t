# A vendor stamps ballots in UTC ('Z'); the window 2026-03-02T08:00 to 2026-03-04T17:00 is Chicago time (CST, UTC-6: 14:00Z to 23:00Z, both edges inclusive). In UTC the ballots at 17:30Z, 23:00Z and 23:01Z on 03-04 are late (2 yes, 1 no counted); with --timezone America/Chicago the one at 13:59Z on 03-02 is early and only 23:01Z is late (2 yes, 2 no counted). The JSON report records the zone.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?
M1001,2026-03-02T13:59:00Z,yes
M1002,2026-03-02T14:00:00Z,no
M1003,2026-03-03T10:01:00Z,yes
M1004,2026-03-04T17:30:00Z,yes
M1005,2026-03-04T23:00:00Z,no
M1006,2026-03-04T23:01:00Z,no
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --opens 2026-03-02T08:00 --closes 2026-03-04T17:00 --audit utc.csv --format csv
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --opens 2026-03-02T08:00 --closes 2026-03-04T17:00 --timezone America/Chicago --audit chicago.csv --format json
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
{
  "inputs": [
    {
      "path": "ballots.csv",
      "sha256": "dfd4fb36374c67c53e97641f18f0bfe4e41f5f7e905476cb9f6b13206cec9d27",
      "records": 6,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "comma",
      "encoding": "UTF-8",
      "empty_rows_skipped": 0
    }
  ],
  "roster": null,
  "received": 6,
  "rejected": {
    "duplicate": 0,
    "outside-window": 2,
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
      "cast": 4,
      "valid": 4,
      "yes": 2,
      "no": 2,
      "abstain": 0,
      "blank": 0,
      "void": 0,
      "turnout": null,
      "result": "failed",
      "determinative_challenges": false,
      "margin": "1-to-1",
      "units": []
    }
  ],
  "count_options": {
    "rule": "majority",
    "turnout": null,
    "opens": "2026-03-02T08:00",
    "closes": "2026-03-04T17:00",
    "timezone": "America/Chicago",
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
    "2 of the 6 ballot records (33.3%) are set aside: 2 outside the voting window; the audit file lists them"
  ]
}
--- stderr
bargain: warning: 3 of the 6 ballot records (50%) are set aside: 3 outside the voting window; the audit file lists them
bargain: warning: 2 of the 6 ballot records (33.3%) are set aside: 2 outside the voting window; the audit file lists them
--- output utc.csv
file,line,voter,ballot,status
ballots.csv,5,M1004,,outside-window
ballots.csv,6,M1005,,outside-window
ballots.csv,7,M1006,,outside-window
--- output chicago.csv
file,line,voter,ballot,status
ballots.csv,2,M1001,,outside-window
ballots.csv,7,M1006,,outside-window
