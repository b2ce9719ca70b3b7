# Bytes that are not UTF-8 in a voter id (a Latin-1 export) are refused at the first one, in CSV and YAML ballots and in a roster: an id spelled in another encoding would match no one on the roster, and no report, audit or chart is written from it.
--- run
printf 'voter,accept\nV1,yes\nV\377\376,yes\nV\300\257,no\n' > ballots.csv
printf 'ballots:\n  - {voter: V1, accept: yes}\n  - {voter: "V\377\376", accept: yes}\n' > ballots.yaml
printf 'voter,unit\nV1,a\nV\351,a\n' > roster.csv
printf 'voter,accept\nV1,yes\n' > good.csv
bargain tally ballots.csv --audit audit.csv --chart chart.svg 2>&1; echo "exit $?"
bargain tally ballots.yaml 2>&1; echo "exit $?"
bargain tally good.csv --roster roster.csv 2>&1; echo "exit $?"
ls
--- stdout
bargain: ballots.csv:3:2: byte 0xFF is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
exit 2
bargain: ballots.yaml:3:15: byte 0xFF is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8
exit 2
bargain: roster.csv:3:2: byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
exit 2
ballots.csv
ballots.yaml
good.csv
roster.csv
