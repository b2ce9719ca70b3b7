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
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,1,0,0,0,0,0,1,,failed,false,
exit 0
