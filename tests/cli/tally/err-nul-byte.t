# A NUL byte means the file is not text (a spreadsheet saved in the wrong format): an error naming its place.
--- run
printf 'voter,accept\nV1,y\000s\n' > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:5: NUL byte: this is not a text file
--- exit 2
