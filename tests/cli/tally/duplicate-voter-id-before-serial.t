# The voter id decides duplicates; the serial is used only when a record has no voter id.
--- file ballots.csv
voter,ballot,accept
V1,S1,yes
V2,S1,no
,S2,yes
,S2,no
V3,S2,no
--- run
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,4,4,2,2,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,5,,S2,duplicate
