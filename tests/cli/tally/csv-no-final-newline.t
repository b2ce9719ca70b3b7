# The last ballot counts even when the file does not end with a newline.
--- run
printf 'voter,accept\nV1,yes\nV2,no\nV3,yes' > ballots.csv
printf 'voter,accept\nV4,"no"' > quoted.csv
bargain tally ballots.csv quoted.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,4,4,2,2,0,0,0,,failed,false,1-to-1
