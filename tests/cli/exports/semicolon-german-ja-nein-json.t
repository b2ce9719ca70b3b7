# A German Excel export (';' separated, UTF-8 BOM, CRLF) with Ja/Nein/Enthaltung mapped: the JSON report's input and count_options name the semicolon delimiter and the BOM encoding.
--- run
printf '\357\273\277Mitgliedsnummer;Abgestimmt am;Nehmen Sie das Angebot an?\r\n' > urabstimmung.csv
printf '20417;2026-03-02 09:15;Ja\r\n' >> urabstimmung.csv
printf '20418;2026-03-02 09:20;Nein\r\n' >> urabstimmung.csv
printf '20419;2026-03-02 10:01;Ja\r\n' >> urabstimmung.csv
printf '20420;2026-03-02 11:30;Enthaltung\r\n' >> urabstimmung.csv
printf '20421;2026-03-03 08:00;Ja\r\n' >> urabstimmung.csv
bargain tally urabstimmung.csv --column voter=Mitgliedsnummer --column "cast_at=Abgestimmt am" --answer Ja=yes --answer Nein=no --answer Enthaltung=abstain --format json
--- stdout
{
  "inputs": [
    {
      "path": "urabstimmung.csv",
      "sha256": "0fd114a6c30d755871df1fdf137fb8027e6daa6d863668daacbf9542302caf81",
      "records": 5,
      "kind": "ballots",
      "format": "csv",
      "delimiter": "semicolon",
      "encoding": "UTF-8 with BOM",
      "empty_rows_skipped": 0
    }
  ],
  "roster": null,
  "received": 5,
  "rejected": {
    "duplicate": 0,
    "outside-window": 0,
    "not-on-roster": 0
  },
  "challenged": 0,
  "questions": [
    {
      "id": "Nehmen Sie das Angebot an?",
      "text": null,
      "rule": {
        "name": "majority",
        "text": "more than 1/2 of valid votes"
      },
      "eligible": null,
      "cast": 5,
      "valid": 4,
      "yes": 3,
      "no": 1,
      "abstain": 1,
      "blank": 0,
      "void": 0,
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
      "voter": "Mitgliedsnummer",
      "cast_at": "Abgestimmt am"
    },
    "roster_columns": null,
    "answers": {
      "Ja": "yes",
      "Nein": "no",
      "Enthaltung": "abstain"
    },
    "delimiter": "semicolon",
    "encoding": "UTF-8 with BOM",
    "from_totals": false,
    "eligible_from": null,
    "eligible": null,
    "members": null
  },
  "warnings": []
}
