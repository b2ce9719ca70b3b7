# A Latin-1 / Windows-1252 export (é as the byte 0xE9) is refused at that byte's line and column, saying how to save it.
--- run
printf 'voter,name,accept\nV1,Anne,yes\nV2,Jos\351 Mu\361oz,no\n' > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:7: byte 0xE9 is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
--- exit 2
