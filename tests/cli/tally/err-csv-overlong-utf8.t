# An overlong UTF-8 form (0xC0 0xAF for "/") is not UTF-8: refused at its byte.
--- run
printf 'voter,accept\nV1\300\257,yes\n' > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:3: byte 0xC0 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
--- exit 2
