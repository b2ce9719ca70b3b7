# A UTF-8 byte order mark (as Excel writes) does not hide the voter column.
--- run
printf '\357\273\277voter,accept\nV1,yes\nV1,no\nV2,no\n' > ballots.csv
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,V1,,duplicate
