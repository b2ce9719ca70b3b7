# Without a voter column, two records with the same ballot serial are one paper counted twice: the second is a duplicate.
--- file ballots.csv
ballot,accept
S-001,yes
S-002,no
S-001,yes
--- run
bargain tally ballots.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,2,2,1,1,0,0,0,,failed,false,1-to-1
--- stderr
bargain: warning: 1 of the 3 ballot records (33.3%) is set aside: 1 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,4,,S-001,duplicate
