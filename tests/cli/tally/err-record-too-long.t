# A quote left open on a huge file stops at 16 MiB with a hint, instead of eating all memory.
--- run
{ printf 'voter,accept\nV1,"'; head -c 17000000 /dev/zero | tr '\0' a; } > ballots.csv
bargain tally ballots.csv
--- stderr
bargain: ballots.csv:2:1: this record is longer than 16 MiB: is a quote left open in it?
--- exit 2
