# A file that starts with two UTF-8 byte order marks (Excel re-saving a file that had one) keeps its voter column: the repeated voter is a duplicate.
--- run
printf '\357\273\277\357\273\277voter,accept\r\nV1,yes\r\nV1,no\r\nV2,no\r\n' > ballots.csv
bargain tally ballots.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 duplicate; --audit FILE lists them
