# A semicolon export whose question header holds two commas is sniffed as a comma file (3 fields against 2), so its rows do not fit and it is refused at each row; --delimiter semicolon reads it: 2 Ja, 1 Nein, 1 Enthaltung, and the report says the delimiter was forced.
--- run
printf '\357\273\277Mitgliedsnummer;Stimme (Ja, Nein, Enthaltung)\r\n' > stimmen.csv
printf '20417;Ja\r\n20418;Nein\r\n20419;Ja\r\n20420;Enthaltung\r\n' >> stimmen.csv
bargain tally stimmen.csv --column voter=Mitgliedsnummer --answer Ja=yes --answer Nein=no --answer Enthaltung=abstain
echo "exit $?"
bargain tally stimmen.csv --delimiter semicolon --column voter=Mitgliedsnummer --answer Ja=yes --answer Nein=no --answer Enthaltung=abstain
--- stdout
exit 2
Tally of 4 ballot records from 1 file
  stimmen.csv: 4 records, sha256 992b897ab0d40161 (semicolon-separated, UTF-8 with BOM)
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  columns:            voter=Mitgliedsnummer
  answer words:       Ja=yes, Nein=no, Enthaltung=abstain
  delimiter:          semicolon (forced)
  encoding:           UTF-8 with BOM

Stimme (Ja, Nein, Enthaltung)
  CARRIED: approved by a 2-to-1 margin (2 yes, 1 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               2   66.7%
  No                1   33.3%
  Abstain           1
  Blank             0
  Void              0
  Cast              4
--- stderr
bargain: stimmen.csv:2:1: this row has 1 field but the header has 3: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
bargain: stimmen.csv:3:1: this row has 1 field but the header has 3: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
bargain: stimmen.csv:4:1: this row has 1 field but the header has 3: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
bargain: stimmen.csv:5:1: this row has 1 field but the header has 3: the header was split at commas, this row holds semicolons: if that is the file's delimiter, --delimiter semicolon (or delimiter: semicolon in the campaign vote)
