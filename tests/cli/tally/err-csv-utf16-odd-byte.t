# A UTF-16 file with an odd number of bytes (cut short) is an error where its text ends.
--- run
{ printf '\377\376'; printf 'voter,accept\nV1,yes\n' | iconv -f UTF-8 -t UTF-16LE; printf 'V'; } > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:3:1: this UTF-16 file ends in the middle of a character (an odd number of bytes): was it cut short?
--- exit 2
