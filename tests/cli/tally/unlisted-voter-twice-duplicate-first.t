# Duplicates are decided before the roster: an unlisted voter's second ballot is a duplicate, the first not-on-roster.
--- file roster.csv
voter
V1
--- file ballots.csv
voter,accept
V1,yes
X9,no
X9,no
--- run
bargain tally ballots.csv --roster roster.csv --audit audit.csv --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,1,1,1,1,0,0,0,0,1.0000,carried,false,
--- stderr
bargain: warning: 2 of the 3 ballot records (66.7%) are set aside: 1 duplicate, 1 not on the roster; the audit file lists them
--- output audit.csv
file,line,voter,ballot,status
ballots.csv,3,X9,,not-on-roster
ballots.csv,4,X9,,duplicate
