# A file with Windows (CRLF) line endings counts the same as one with LF.
--- run
printf 'voter,accept\r\nV1,yes\r\n"V2","no"\r\nV3,yes\r\nV1,no\r\n' > ballots.csv
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,V1,,duplicate
