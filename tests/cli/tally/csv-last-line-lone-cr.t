# A last line ending in a lone CR keeps its answer: "yes\r" is not a void "yes".
--- run
printf 'voter,accept\nV1,yes\nV2,yes\r' > ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,2,0,0,0,0,,carried,false,
