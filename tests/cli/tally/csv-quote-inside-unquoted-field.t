# A quote in the middle of an unquoted field is taken literally, as part of the id.
--- file ballots.csv
voter,accept
V"1,yes
V"1,no
--- run
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,1,1,1,0,0,0,0,,carried,false,
--- stderr
bargain: warning: 1 of the 2 ballot records (50%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,"V""1",,duplicate
