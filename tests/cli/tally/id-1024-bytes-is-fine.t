# A voter id of exactly 1024 bytes is still accepted.
--- run
{ echo voter,accept; printf '%s,yes\n' "$(head -c 1024 /dev/zero | tr '\0' 'v')"; } > ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,1,1,1,0,0,0,0,,carried,false,
