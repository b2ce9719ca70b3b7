# The same French Excel export with --answer Pour=yes --answer Contre=no (matched in any case): 4 Pour, 2 Contre; the report names the semicolon delimiter and the UTF-8 BOM encoding.
--- run
printf '\357\273\277Matricule;Horodatage;Acceptez-vous la proposition ?\r\n' > scrutin.csv
printf '4471;2026-03-02 09:15;Pour\r\n' >> scrutin.csv
printf '4472;2026-03-02 09:20;Contre\r\n' >> scrutin.csv
printf '4473;2026-03-02 10:01;Pour\r\n' >> scrutin.csv
printf '4474;2026-03-02 11:30;pour\r\n' >> scrutin.csv
printf '4475;2026-03-03 08:00;Contre\r\n' >> scrutin.csv
printf '4476;2026-03-03 08:05;Pour\r\n' >> scrutin.csv
bargain tally scrutin.csv --column voter=Matricule --column cast_at=Horodatage --answer Pour=yes --answer Contre=no
--- stdout
Tally of 6 ballot records from 1 file
  scrutin.csv: 6 records, sha256 c8dcd8337acb7b4e (semicolon-separated, UTF-8 with BOM)
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  columns:            voter=Matricule, cast_at=Horodatage
  answer words:       Pour=yes, Contre=no
  delimiter:          semicolon
  encoding:           UTF-8 with BOM

Acceptez-vous la proposition ?
  CARRIED: approved by a 2-to-1 margin (4 yes, 2 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               4   66.7%
  No                2   33.3%
  Abstain           0
  Blank             0
  Void              0
  Cast              6
