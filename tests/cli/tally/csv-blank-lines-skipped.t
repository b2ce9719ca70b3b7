# Blank lines (a spreadsheet's empty rows) are skipped, and later line numbers stay true.
--- run
printf 'voter,accept\n\nV1,yes\n\r\nV2,no\n\nV1,no\n\n\n' > ballots.csv
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,7,V1,,duplicate
