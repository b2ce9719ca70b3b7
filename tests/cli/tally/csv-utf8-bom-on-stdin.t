# A byte order mark is also recognised on ballots piped to standard input.
--- run
printf '\357\273\277voter,accept\nV1,yes\nV1,no\nV2,no\n' | bargain tally - --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
<stdin>,3,V1,,duplicate
