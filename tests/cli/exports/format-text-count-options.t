# Everything that shaped the count is recorded in the text report: mapped columns and roster columns, answer words, the semicolon delimiter and BOM encoding, the window and its zone (America/Chicago), --duplicates last, the rule and turnout. M1003 voted twice (the later ballot counts), M1006 is late (after 17:00 Chicago = 23:00Z), M1099 is not on the roster: 3 Ja, 1 Nein of 6 eligible.
--- run
printf '\357\273\277Mitgliedsnummer;Abgestimmt am;Nehmen Sie das Angebot an?\r\n' > stimmen.csv
printf 'M1001;2026-03-02T15:00:00Z;Ja\r\n' >> stimmen.csv
printf 'M1002;2026-03-02T16:00:00Z;Nein\r\n' >> stimmen.csv
printf 'M1003;2026-03-03T09:00:00Z;Nein\r\n' >> stimmen.csv
printf 'M1003;2026-03-03T18:00:00Z;Ja\r\n' >> stimmen.csv
printf 'M1004;2026-03-04T22:59:00Z;Ja\r\n' >> stimmen.csv
printf 'M1006;2026-03-04T23:01:00Z;Nein\r\n' >> stimmen.csv
printf 'M1099;2026-03-04T12:00:00Z;Ja\r\n' >> stimmen.csv
bargain tally stimmen.csv --roster payroll.csv --column voter=Mitgliedsnummer --column "cast_at=Abgestimmt am" --roster-column "voter=Employee Number" --roster-column unit=Department --answer Ja=yes --answer Nein=no --opens 2026-03-02T08:00 --closes 2026-03-04T17:00 --timezone America/Chicago --duplicates last --rule two-thirds --turnout 50% --format text
--- file payroll.csv
Employee Number,Name,Department
M1001,"Okafor, Ada",Facilities
M1002,"Brennan, Joe",Facilities
M1003,"Nguyen, Linh",Custodial
M1004,"García, Rosa",Custodial
M1005,"Kowalski, Piotr",Grounds
M1006,"Haddad, Sami",Grounds
--- stdout
Tally of 7 ballot records from 1 file
  stimmen.csv: 7 records, sha256 8919167afb628533 (semicolon-separated, UTF-8 with BOM)
Roster: payroll.csv: 6 voters, sha256 fdb868fcb5db6ad0
Set aside: 3 (1 duplicate, 1 outside the voting window, 1 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               two-thirds, turnout 50%
  voting window:      from 2026-03-02T08:00 to 2026-03-04T17:00 (America/Chicago)
  duplicates:         the last ballot of a voter counts
  columns:            voter=Mitgliedsnummer, cast_at=Abgestimmt am
  roster columns:     voter=Employee Number, unit=Department
  answer words:       Ja=yes, Nein=no
  delimiter:          semicolon
  encoding:           UTF-8 with BOM
Warnings:
  3 of the 7 ballot records (42.9%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; --audit FILE lists them

Nehmen Sie das Angebot an?
  CARRIED: approved by a 3-to-1 margin (3 yes, 1 no), 66.7% turnout.
  Rule: two-thirds (at least 2/3 of valid votes; turnout of at least 50% of eligible voters)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4  66.7% turnout of 6 eligible
--- stderr
bargain: warning: 3 of the 7 ballot records (42.9%) are set aside: 1 duplicate, 1 outside the voting window, 1 not on the roster; --audit FILE lists them
