# Everything that shaped the count is recorded in the json report: mapped columns and roster columns, answer words, the semicolon delimiter and BOM encoding, the window and its zone (America/Chicago), --duplicates last, the rule and turnout. M1003 voted twice (the later ballot counts), M1006 is late (after 17:00 Chicago = 23:00Z), M1099 is not on the roster: 3 Ja, 1 Nein of 6 eligible.
--- run
printf '\357\273\277Mitgliedsnummer;Abgestimmt am;Nehmen Sie das Angebot an?\r\n' > stimmen.csv
printf 'M1001;2026-03-02T15:00:00Z;Ja\r\n' >> stimmen.csv
printf 'M1002;2026-03-02T16:00:00Z;Nein\r\n' >> stimmen.csv
printf 'M1003;2026-03-03T09:00:00Z;Nein\r\n' >> stimmen.csv
printf 'M1003;2026-03-03T18:00:00Z;Ja\r\n' >> stimmen.csv
printf 'M1004;2026-03-04T22:59:00Z;Ja\r\n' >> stimmen.csv
printf 'M1006;2026-03-04T23:01:00Z;Nein\r\n' >> stimmen.csv
printf 'M1099;2026-03-04T12:00:00Z;Ja\r\n' >> stimmen.csv
bargain tally stimmen.csv --roster payroll.csv --column voter=Mitgliedsnummer --column "cast_at=Abgestimmt am" --roster-column "voter=Employee Number" --roster-column unit=Department --answer Ja=yes --answer Nein=no --opens 2026-03-02T08:00 --closes 2026-03-04T17:00 --timezone America/Chicago --duplicates last --rule two-thirds --turnout 50% --format json
--- file payroll.csv
Employee Number,Name,Department
M1001,"Okafor, Ada",Facilities
M1002,"Brennan, Joe",Facilities
M1003,"Nguyen, Linh",Custodial
M1004,"García, Rosa",Custodial
M1005,"Kowalski, Piotr",Grounds
M1006,"Haddad, Sami",Grounds
--- stdout
{
  "inputs": [
    {
      "path": "stimmen.csv",
      "sha256": "8919167afb628533a36e19ab7ccf237da2fa8f36f82af063f779ee8964ed1519",
      "records": 7,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "semicolon",
      "encoding": "UTF-8 with BOM",
      "empty_rows_skipped": 0
    }
  ],
  "roster": {
    "path": "payroll.csv",
    "sha256": "fdb868fcb5db6ad0e364fabee22c74d37442b58b22c3e801e7aa7f5612daff7b",
    "voters": 6
  },
  "received": 7,
  "rejected": {
    "duplicate": 1,
    "outside-window": 1,
    "not-on-roster": 1
  },
  "challenged": 0,
  "questions": [
    {
      "id": "Nehmen Sie das Angebot an?",
      "text": null,
      "rule": {
        "name": "two-thirds",
        "text": "at least 2/3 of valid votes; turnout of at least 50% of eligible voters"
      },
      "eligible": 6,
      "cast": 4,
      "valid": 4,
      "yes": 3,
      "no": 1,
      "abstain": 0,
      "blank": 0,
      "void": 0,
      "turnout": 0.6667,
      "result": "carried",
      "determinative_challenges": false,
      "margin": "3-to-1",
      "units": []
    }
  ],
  "count_options": {
    "rule": "two-thirds",
    "turnout": "50%",
    "opens": "2026-03-02T08:00",
    "closes": "2026-03-04T17:00",
    "timezone": "America/Chicago",
    "duplicates": "last",
    "challenge_unlisted": false,
    "by_unit": false,
    "min_unit_ballots": 5,
    "units": [],
    "question": null,
    "columns": {
      "voter": "Mitgliedsnummer",
      "cast_at": "Abgestimmt am"
    },
    "roster_columns": {
      "voter": "Employee Number",
      "unit": "Department"
    },
    "answers": {
      "Ja": "yes",
      "Nein": "no"
    },
    "delimiter": "semicolon",
    "encoding": "UTF-8 with BOM",
    "from_totals": false,
    "eligible_from": "roster",
    "eligible": null,
    "members": null
  },
  "warnings": [
    "3 of the 7 ballot records (42.9%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; --audit FILE lists them"
  ]
}
--- stderr
bargain: warning: 3 of the 7 ballot records (42.9%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; --audit FILE lists them
