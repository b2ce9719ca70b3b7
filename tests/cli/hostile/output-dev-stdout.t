# -o /dev/stdout, or any other name for the file standard output already is (/proc/self/fd/1, the very file it is redirected to), writes to standard output as -o - does: nothing is renamed over it.
--- file ballots.csv
voter,accept
V1,yes
V2,no
--- run
bargain tally ballots.csv --format csv -o /dev/stdout; echo "exit $?"
bargain tally ballots.csv --format csv -o /proc/self/fd/1; echo "exit $?"
echo "before the report" > out.txt
bargain tally ballots.csv --format csv -o out.txt >> out.txt; echo "exit $?"
cat out.txt
ls
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
exit 0
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
exit 0
exit 0
before the report
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
ballots.csv
out.txt
