# A YAML ballot file whose one line ends in a 10 MB comment reads as the ballot it holds.
--- run
{ printf 'ballots: [{voter: V1, accept: yes}]  # '; head -c 10000000 /dev/zero | tr '\0' c; echo; } > ballots.yaml
bargain tally ballots.yaml --format csv 2>&1; echo "exit $?"
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,1,1,1,0,0,0,0,,carried,false,
exit 0
