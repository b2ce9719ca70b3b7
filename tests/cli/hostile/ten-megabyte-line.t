# A single 10 MB line: as a CSV header it is a question id too long; as a roster's voter id, too long; as one ballot's answer, a void answer.
--- file ballots.csv
voter,accept
V1,yes
--- run
big() { head -c 10000000 /dev/zero | tr '\0' "$1"; }
big q > header.csv
bargain tally header.csv 2>&1; echo "exit $?"
{ echo voter; big v; echo; } > roster.csv
bargain tally ballots.csv --roster roster.csv 2>&1; echo "exit $?"
{ printf 'voter,accept\nV1,'; big a; echo; } > answer.csv
bargain tally answer.csv --format csv 2>&1; echo "exit $?"
--- stdout
bargain: header.csv:1:1: question id longer than 1024 bytes
exit 2
bargain: roster.csv:2:1: id longer than 1024 bytes
exit 2
bargain: answer.csv:1:7: not one of the 1 answer to 'accept' is yes or no: the words found are aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…: 1. Map them to answers: --answer "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…=yes|no|abstain" (or answers: {yes|no|abstain: [aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…]} in the campaign vote)
exit 2
