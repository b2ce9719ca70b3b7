# Half of a UTF-16 surrogate pair (a damaged file) is an error at its place, not a replacement character in a voter id.
--- run
{ printf '\377\376'; printf 'voter,accept\nV1,yes\nV' | iconv -f UTF-8 -t UTF-16LE; printf '\075\330,\000y\000\n\000'; } > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:2: UTF-16 code unit 0xD83D is half of a character whose other half is missing (a damaged file?): save it from your spreadsheet as "CSV UTF-8"
--- exit 2
