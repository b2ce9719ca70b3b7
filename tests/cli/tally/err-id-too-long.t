# A voter id over 1024 bytes is not a voter id: an error at that cell.
--- run
{ echo voter,accept; printf '%s,yes\n' "$(head -c 1025 /dev/zero | tr '\0' 'v')"; } > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:1: voter id longer than 1024 bytes
--- exit 2
