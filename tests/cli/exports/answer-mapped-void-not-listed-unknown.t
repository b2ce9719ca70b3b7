# A paper-ballot spreadsheet marks spoiled ballots X: unmapped, the void warning lists X with the mapping to try; with --answer X=void the 2 void answers (2 of 6, over 5%) are still warned about, but X is not listed as an unknown word.
--- file ballots.csv
Member ID,Do you accept the offer?
M1001,Y
M1002,N
M1003,X
M1004,Y
M1005,X
M1006,Y
--- run
bargain tally ballots.csv --column voter="Member ID" --answer Y=yes --answer N=no --format csv
bargain tally ballots.csv --column voter="Member ID" --answer Y=yes --answer N=no --answer X=void --format json
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,6,4,3,1,0,0,2,,carried,false,3-to-1
{
  "inputs": [
    {
      "path": "ballots.csv",
      "sha256": "a0cea75f591741cffbb161499cdc3919260ca21c26f65ca767075de01fa4659f",
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
      "cast": 6,
      "valid": 4,
      "yes": 3,
      "no": 1,
      "abstain": 0,
      "blank": 0,
      "void": 2,
      "turnout": null,
      "result": "carried",
      "determinative_challenges": false,
      "margin": "3-to-1",
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
      "voter": "Member ID"
    },
    "roster_columns": null,
    "answers": {
      "Y": "yes",
      "N": "no",
      "X": "void"
    },
    "delimiter": "comma",
    "encoding": "UTF-8",
    "from_totals": false,
    "eligible_from": null,
    "eligible": null,
    "members": null
  },
  "warnings": [
    "ballots.csv:1:11: 2 of the 6 answers to 'Do you accept the offer?' (33.3%) are void"
  ]
}
--- stderr
bargain: ballots.csv:1:11: warning: 2 of the 6 answers to 'Do you accept the offer?' (33.3%) are void: X: 2. If they are answers, map them: --answer "X=yes|no|abstain" (or answers: {yes|no|abstain: [X]} in the campaign vote)
bargain: ballots.csv:1:11: warning: 2 of the 6 answers to 'Do you accept the offer?' (33.3%) are void
