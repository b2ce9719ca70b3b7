# A file with Windows (CRLF) line endings counts the same as one with LF.
--- run
printf 'voter,accept\r\nV1,yes\r\n"V2","no"\r\nV3,yes\r\nV1,no\r\n' > ballots.csv
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
--- stderr
bargain: warning: 1 of the 4 ballot records (25%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,V1,,duplicate
