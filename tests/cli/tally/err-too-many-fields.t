# A header with more than 4096 columns is not a ballot file: an error, not a slow crawl.
--- run
seq 1 4097 | sed 's/^/q/' | paste -sd, - > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:1:23470: more than 4096 fields in one row
--- exit 2
