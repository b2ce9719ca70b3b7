# A UTF-32 file is refused as UTF-32 with what to do, not as a NUL byte.
--- run
printf 'voter,accept\nV1,yes\n' | iconv -f UTF-8 -t UTF-32 > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:1: this file is UTF-32: save it from your spreadsheet as "CSV UTF-8"
--- exit 2
