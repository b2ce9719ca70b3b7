# A question id that is not UTF-8 (a Latin-1 header) is refused at its byte, so no JSON or YAML report carries it, whether it is told apart by U+FFFD or not.
--- run
printf 'voter,acc\377ept\nV1,yes\nV2,no\nV3,yes\n' > ballots.csv
printf 'voter,acc\376ept\nV1,yes\n' > other.csv
bargain tally ballots.csv --format json; echo "exit $?"
bargain tally other.csv --format yaml; echo "exit $?"
--- stdout
exit 2
exit 2
--- stderr
bargain: ballots.csv:1:10: byte 0xFF is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
bargain: other.csv:1:10: byte 0xFE is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
