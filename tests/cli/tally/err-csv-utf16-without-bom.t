# A UTF-16 file without a byte order mark is refused at 1:1 with what to do, not "NUL byte".
--- run
printf 'voter\taccept\r\nV1\tyes\r\n' | iconv -f UTF-8 -t UTF-16LE > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:1: this file looks like UTF-16 without a byte order mark: save it from your spreadsheet as "CSV UTF-8"
--- exit 2
