# The audit lists set-aside records file by file, in the order the files were given, then by line.
--- file b.csv
voter,accept
V9,yes
V1,no
--- file a.csv
voter,accept
V1,yes
V9,no
V5,yes
V5,no
--- run
bargain tally b.csv a.csv --duplicates last --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,,3,3,1,2,0,0,0,,failed,false,2-to-1
--- stderr
bargain: warning: 3 of the 6 ballot records (50%) are set aside: 3 duplicate; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
b.csv,2,V9,,duplicate
b.csv,3,V1,,duplicate
a.csv,4,V5,,duplicate
