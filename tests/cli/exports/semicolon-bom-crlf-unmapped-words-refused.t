# A French Excel export (';' separated, UTF-8 BOM, CRLF) whose answers are Pour/Contre: not one answer is yes or no, so the count is refused at the question's header, listing the words found with their counts and the --answer options that would map them.
--- run
printf '\357\273\277Matricule;Horodatage;Acceptez-vous la proposition ?\r\n' > scrutin.csv
printf '4471;2026-03-02 09:15;Pour\r\n' >> scrutin.csv
printf '4472;2026-03-02 09:20;Contre\r\n' >> scrutin.csv
printf '4473;2026-03-02 10:01;Pour\r\n' >> scrutin.csv
printf '4474;2026-03-02 11:30;pour\r\n' >> scrutin.csv
printf '4475;2026-03-03 08:00;Contre\r\n' >> scrutin.csv
printf '4476;2026-03-03 08:05;Pour\r\n' >> scrutin.csv
bargain tally scrutin.csv --column voter=Matricule --column cast_at=Horodatage
--- stderr
bargain: scrutin.csv:1:22: not one of the 6 answers to 'Acceptez-vous la proposition ?' is yes or no: the words found are Pour: 4, Contre: 2. Map them to answers: --answer Pour=yes --answer Contre=no (or answers: {yes: [Pour], no: [Contre]} in the campaign vote)
--- exit 2
